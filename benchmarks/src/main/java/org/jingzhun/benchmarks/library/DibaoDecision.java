package org.jingzhun.benchmarks.library;

import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.eligibility.screening.ScreeningResults;

/**
 * 识别与低保结论 (identification and dibao decision) for one household: the parts of the
 * library's {@code Identification} and {@code DibaoAssessment} that the population evaluator
 * keeps and the DMN peer computes.
 *
 * @param poor whether the household is identified as poor
 * @param category its category when poor; empty when not
 * @param dibaoEligible whether per-capita income is below the dibao standard
 * @param monthlyTopUpFen the monthly dibao top-up (补差) in fen, never negative; zero when not
 *     eligible, and also zero for an eligible household whose gap rounds to nothing
 */
public record DibaoDecision(
    boolean poor, Optional<PovertyCategory> category, boolean dibaoEligible, long monthlyTopUpFen) {

  /** Checks that the category is given and that it is present exactly when poor. */
  public DibaoDecision {
    Objects.requireNonNull(category, "category");
    if (poor != category.isPresent()) {
      throw new IllegalArgumentException("a category is given exactly when poor: " + poor + ", " + category);
    }
    if (monthlyTopUpFen < 0 || (!dibaoEligible && monthlyTopUpFen != 0)) {
      throw new IllegalArgumentException("the top-up is ≥ 0 and 0 when not eligible: " + monthlyTopUpFen);
    }
  }

  /** The decision {@code results} hold for household {@code i}. */
  public static DibaoDecision of(ScreeningResults results, int i) {
    return new DibaoDecision(
        results.poor(i), results.category(i), results.dibaoEligible(i), results.monthlyTopUpFen(i));
  }
}
