package org.jingzhun.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.calculation.Situation;
import picocli.CommandLine.Option;

/** The options that choose the rules: {@code --date}, {@code --region}, {@code --policy}. */
final class SituationOptions {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "the day whose rules apply, e.g. 2019-06-01 (required)")
  LocalDate date;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "000000",
      description = "the region (6, 9 or 12 digits) whose parameters apply; default ${DEFAULT-VALUE}, the nation")
  RegionCode region;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "a parameter file whose values replace or add to the shipped book's (a reform); may be repeated")
  List<String> policies = new ArrayList<>();

  @Option(names = "--official-only",
      description = "use only values from official documents and local rules: a calculation that needs an estimated"
          + " or unverified value fails (exit status 3) and lists them")
  boolean officialOnly;

  /** The shipped book, reformed by the {@code --policy} files if any; official values only if asked. */
  PolicyBook book(Environment environment) {
    PolicyBook shipped = environment.book().get();
    PolicyBook base = officialOnly ? shipped.officialOnly() : shipped;
    return policies.isEmpty() ? base : base.withOverrides(new InputFiles(environment).policyFiles(policies));
  }

  /** The day given with {@code --date}. */
  LocalDate date() {
    if (date == null) {
      throw new UserMistake("--date is required (the day whose rules apply, e.g. --date 2019-06-01)");
    }
    return date;
  }

  Situation situation(Environment environment) {
    return new Situation(book(environment), date(), region);
  }
}
