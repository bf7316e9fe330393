package org.jingzhun.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class TargetComparisonTest {
  /** Bazhou's figures for one year: 42 poor villages delisted and 17,850 persons lifted out. */
  static final Targets BAZHOU = Targets.builder().firstYear(2016).lastYear(2017)
      .addYears(YearTarget.builder().year(2017)
          .putLevels(TargetMeasure.VILLAGES_DELISTED, 42L)
          .putLevels(TargetMeasure.PERSONS_LIFTED_OUT, 17_850L)
          .putLevels(TargetMeasure.POOR_PERSONS_REMAINING, 5_000L).build())
      .build();

  static YearFigures figures(long villages, long persons, long remaining) {
    return YearFigures.builder().year(2017)
        .putFigures(TargetMeasure.VILLAGES_DELISTED, villages)
        .putFigures(TargetMeasure.PERSONS_LIFTED_OUT, persons)
        .putFigures(TargetMeasure.POOR_PERSONS_REMAINING, remaining).build();
  }

  @Test
  void eachShortfallIsReportedWithItsSize() {
    // 40 of 42 villages: short by 2; 18,000 ≥ 17,850 persons: met; 5,300 remaining against a
    // ceiling of 5,000: over by 300.
    TargetReport report = TargetComparison.compute(BAZHOU, List.of(figures(40, 18_000, 5_300)));
    assertEquals(3, report.checks().size());
    assertEquals(List.of(TargetCheck.of(2017, TargetMeasure.VILLAGES_DELISTED, 42, 40),
        TargetCheck.of(2017, TargetMeasure.POOR_PERSONS_REMAINING, 5_000, 5_300)), report.shortfalls());
    assertEquals(2, report.shortfalls().get(0).shortfall());
    assertEquals(300, report.shortfalls().get(1).shortfall());
    assertFalse(report.allMet());
  }

  @Test
  void targetsMetExactlyLeaveNoShortfall() {
    assertTrue(TargetComparison.compute(BAZHOU, List.of(figures(42, 17_850, 5_000))).allMet());
  }

  @Test
  void figuresForAYearOutsideTheRunAreAViolation() {
    YearFigures late = YearFigures.builder().year(2018).putFigures(TargetMeasure.VILLAGES_DELISTED, 1L).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> TargetComparison.compute(BAZHOU, List.of(figures(42, 17_850, 5_000), late)));
    assertEquals("figures[1].year", e.violations().get(0).path());
  }

  @Test
  void aTargetWithoutAFigureIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class, () -> TargetComparison.compute(BAZHOU, List.of()));
    assertEquals(3, e.violations().size());
  }

  @Test
  void explanationShowsEachTarget() {
    String text = TargetComparison.explain(BAZHOU, List.of(figures(40, 18_000, 5_000))).explanationText(Language.EN);
    assertTrue(text.contains("poor villages delisted"), text);
  }
}
