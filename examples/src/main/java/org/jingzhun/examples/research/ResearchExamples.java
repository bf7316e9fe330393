package org.jingzhun.examples.research;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jingzhun.core.policy.PolicyBook;

/**
 * 研究示例目录 — the research example programs by name, as {@code jingzhun example NAME} runs
 * them. Each is also a main class.
 */
public final class ResearchExamples {

  /**
   * One example program.
   *
   * @param name its name on the command line
   * @param description one line on what it shows
   * @param program runs it on a policy book, printing to a writer
   */
  public record Example(String name, String description, BiConsumer<PolicyBook, PrintWriter> program) {}

  private static final ImmutableMap<String, Example> ALL = ImmutableMap.of(
      "microcredit", new Example("microcredit",
          "扶贫小额信贷 — a seeded microloan portfolio's quarterly subsidy claims, then a default wave through a 6:4 county risk fund",
          MicrocreditScenario::run),
      ProjectsUnderBudget.NAME, new Example(ProjectsUnderBudget.NAME,
          ProjectsUnderBudget.CHINESE + " — " + ProjectsUnderBudget.ENGLISH,
          (book, out) -> new ProjectsUnderBudget().run(out)),
      DibaoReform.NAME, new Example(DibaoReform.NAME, DibaoReform.DESCRIPTION, DibaoReform::run),
      RegisterScreening.NAME, new Example(RegisterScreening.NAME, RegisterScreening.DESCRIPTION, RegisterScreening::run));

  private ResearchExamples() {}

  /** Every example, by name. */
  public static ImmutableMap<String, Example> all() {
    return ALL;
  }

  public static Optional<Example> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }
}
