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

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
      description = "the day whose rules apply, e.g. 2019-06-01")
  LocalDate date;

  @Option(names = "--region", paramLabel = "CODE", defaultValue = "000000",
      description = "the region (6, 9 or 12 digits) whose parameters apply; default ${DEFAULT-VALUE}, the nation")
  RegionCode region;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "a parameter file whose values replace or add to the shipped book's (a reform); may be repeated")
  List<String> policies = new ArrayList<>();

  /** The shipped book, reformed by the {@code --policy} files if any. */
  PolicyBook book(Environment environment) {
    PolicyBook base = environment.book().get();
    return policies.isEmpty() ? base : base.withOverrides(new InputFiles(environment).policyFiles(policies));
  }

  Situation situation(Environment environment) {
    return new Situation(book(environment), date, region);
  }
}
