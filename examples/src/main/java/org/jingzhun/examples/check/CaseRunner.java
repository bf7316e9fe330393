package org.jingzhun.examples.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.examples.calculation.JsonCalculation;
import org.jingzhun.examples.calculation.Situation;

/**
 * 用例执行 — runs the cases of a file: builds each case's book (the base book, reformed by the
 * file's overrides, then the case's), computes the calculation on the input as its subcommand
 * would, and compares the expected fields (or the expected rejection).
 */
public final class CaseRunner {
  private final Calculations calculations;
  private final PolicyBook base;
  private final FileText files;

  /** Reads the override files that cases name by path. */
  @FunctionalInterface
  public interface FileText {
    /**
     * The text of {@code path}.
     *
     * @throws RuntimeException with a message for the user if it cannot be read (the command
     *     line's file problem, exit status 4)
     */
    String read(Path path);
  }

  public CaseRunner(Calculations calculations, PolicyBook base, FileText files) {
    this.calculations = calculations;
    this.base = base;
    this.files = files;
  }

  /** A case file read and checked, ready to run: its name, where it is, and its cases. */
  public record Checked(String name, Path path, CaseFile file) {}

  /**
   * Reads the case file {@code name} at {@code path}, whose content is {@code text}, and checks
   * what can be checked before running it: its form, that each case's calculation exists, and
   * that the files its overrides name lie in its own folder.
   *
   * @throws ValidationException listing every problem, each at its path in the file
   */
  public Checked check(String name, Path path, String text) {
    CaseFile file = CaseFileReader.read(name, text);
    Violations v = Violations.collect();
    overridesPath(file.overrides(), path, "overrides", v);
    for (int i = 0; i < file.cases().size(); i++) {
      PolicyCase c = file.cases().get(i);
      String at = FieldPath.index("cases", i);
      String calculation = file.calculationOf(c).orElseThrow();
      v.check(calculations.find(calculation).isPresent(), FieldPath.join(c.calculation().isPresent() ? at : "", "calculation"),
          calculation, "is not a calculation; known: " + String.join(", ", calculations.all().keySet()));
      overridesPath(c.overrides(), path, FieldPath.join(at, "overrides"), v);
    }
    v.throwIfAny();
    return new Checked(name, path, file);
  }

  private static void overridesPath(Optional<JsonNode> overrides, Path caseFile, String at, Violations v) {
    if (overrides.isPresent() && overrides.get().isTextual()) {
      v.attempt("", () -> OverridesFile.resolve(caseFile, overrides.get().textValue(), at));
    }
  }

  /** The outcome of every case of a checked file. */
  public List<CaseOutcome> run(Checked checked) {
    List<CaseOutcome> outcomes = new ArrayList<>();
    for (PolicyCase c : checked.file().cases()) {
      outcomes.add(new CaseOutcome(checked.name(), c.name(), failures(checked.file(), c, checked.name(), checked.path())));
    }
    return outcomes;
  }

  private List<String> failures(CaseFile file, PolicyCase c, String name, Path path) {
    Calculation<?, ?> calculation = calculations.find(file.calculationOf(c).orElseThrow()).orElseThrow();
    Situation situation;
    try {
      PolicyBook book = reform(reform(base, file.overrides(), name + " (file overrides)", path),
          c.overrides(), name + " › " + c.name() + " (overrides)", path);
      situation = new Situation(book, file.dateOf(c).orElseThrow(), file.regionOf(c).orElse(RegionCode.NATION));
    } catch (ValidationException e) {
      return List.of("the overrides are invalid: " + describe(e));
    }
    JsonNode output;
    try {
      output = JsonCalculation.result(calculation, c.input(), situation);
    } catch (ValidationException e) {
      return rejected(c, e);
    }
    if (!c.expectViolations().isEmpty()) {
      return List.of("expected the input to be rejected at " + String.join(", ", c.expectViolations())
          + ", but it was accepted");
    }
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : c.expect().entrySet()) {
      OutputPath at;
      try {
        at = OutputPath.parse(e.getKey());
      } catch (ValidationException bad) {
        failures.add(e.getKey() + ": " + bad.violations().get(0).message());
        continue;
      }
      JsonNode actual = at.in(output);
      if (!Expectations.matches(e.getValue(), actual)) {
        failures.add(e.getKey() + ": expected " + Expectations.show(e.getValue()) + ", actual " + Expectations.show(actual));
      }
    }
    return failures;
  }

  private static List<String> rejected(PolicyCase c, ValidationException e) {
    if (c.expectViolations().isEmpty()) {
      return List.of("the input was rejected: " + describe(e));
    }
    List<String> paths = e.violations().stream().map(Violation::path).toList();
    return c.expectViolations().stream()
        .filter(p -> paths.stream().noneMatch(actual -> isAtOrInside(actual, p)))
        .map(p -> "expected a violation at " + p + "; the violations were: " + describe(e))
        .toList();
  }

  /** Whether a violation at {@code actual} is at {@code expected} or inside it ({@code ratio[1]} is inside {@code ratio}). */
  private static boolean isAtOrInside(String actual, String expected) {
    return actual.equals(expected) || actual.startsWith(expected + ".") || actual.startsWith(expected + "[");
  }

  private PolicyBook reform(PolicyBook book, Optional<JsonNode> overrides, String label, Path caseFile) {
    if (overrides.isEmpty()) {
      return book;
    }
    JsonNode o = overrides.get();
    PolicyFile file = o.isTextual()
        ? new PolicyFile(o.textValue(), files.read(OverridesFile.resolve(caseFile, o.textValue(), label)))
        : new PolicyFile(label, CaseFileReader.yaml(o));
    return book.withOverrides(List.of(file));
  }

  private static String describe(ValidationException e) {
    return e.violations().stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
