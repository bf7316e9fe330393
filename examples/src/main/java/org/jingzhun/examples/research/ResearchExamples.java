package org.jingzhun.examples.research;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.core.policy.PolicyBook;

/**
 * 研究示例目录 — the research example programs by name, as {@code jingzhun example NAME} runs
 * them. Each is also a main class.
 */
public final class ResearchExamples {

  /** Runs an example on a policy book with its inputs, printing to a writer and stepping a progress bar. */
  @FunctionalInterface
  public interface Program {
    /**
     * Runs the example.
     *
     * @param book the policy book
     * @param inputs the example's inputs
     * @param out where its tables go
     * @param progress stepped as it goes, if it is long
     */
    void run(PolicyBook book, ExampleInputs inputs, PrintWriter out, Progress progress);
  }

  /**
   * One example program.
   *
   * @param name its name on the command line
   * @param description one line on what it shows
   * @param inputs its inputs, each with its default
   * @param steps the steps of its progress bar (0: none)
   * @param program runs it
   */
  public record Example(String name, String description, List<ExampleInputs.Input> inputs, int steps, Program program) {}

  private static final ImmutableMap<String, Example> ALL = ImmutableMap.of(
      "microcredit", new Example("microcredit",
          "扶贫小额信贷 — a seeded microloan portfolio's quarterly subsidy claims, then a default wave through a 6:4 county risk fund",
          MicrocreditScenario.INPUTS, 0, (book, in, out, progress) -> MicrocreditScenario.run(book, in, out)),
      ProjectsUnderBudget.NAME, new Example(ProjectsUnderBudget.NAME,
          ProjectsUnderBudget.CHINESE + " — " + ProjectsUnderBudget.ENGLISH,
          ProjectsUnderBudget.INPUTS, 0, (book, in, out, progress) -> new ProjectsUnderBudget().run(in, out)),
      DibaoReform.NAME, new Example(DibaoReform.NAME, DibaoReform.DESCRIPTION, DibaoReform.INPUTS, 0,
          (book, in, out, progress) -> DibaoReform.run(book, in, out)),
      RegisterScreening.NAME, new Example(RegisterScreening.NAME, RegisterScreening.DESCRIPTION, RegisterScreening.INPUTS,
          RegisterScreening.steps(), RegisterScreening::run));

  private ResearchExamples() {}

  /** Every example, by name. */
  public static ImmutableMap<String, Example> all() {
    return ALL;
  }

  public static Optional<Example> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }
}
