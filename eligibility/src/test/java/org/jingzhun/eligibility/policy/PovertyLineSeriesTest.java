package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** {@link PovertyLine}: the series a region chooses, and a choice that names no series. */
class PovertyLineSeriesTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  /** The shipped book with Bazhou's series choice replaced from 2019 by {@code series}. */
  private static PolicyBook choosing(String series) {
    return PolicyBook.shipped().withOverrides(List.of(new PolicyFile("series.yaml", """
        parameters:
          poverty.line.series:
            values:
              "511902": [{from: 2019-01-01, value: %s, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        """.formatted(series))));
  }

  @Test
  void findGivesTheLineOfTheChosenSeries() {
    // 2019, statistics series: 3,218 a person a year (as HouseholdExitRulesTest).
    PovertyLine line = PovertyLine.find(PolicyBook.shipped(), Fixtures.BAZHOU, DATE).orElseThrow();
    assertEquals(Money.ofYuan("3218"), line.perPersonPerYear());
    assertEquals("poverty.line.series", line.series().parameterName());
  }

  @Test
  void aChoiceNamingNoSeriesIsFoundAsNothingAndReportedByOf() {
    for (String bad : List.of("nonexistent", "series")) {
      PolicyBook book = choosing(bad);
      assertTrue(PovertyLine.find(book, Fixtures.BAZHOU, DATE).isEmpty(), bad);
      ValidationException e = assertThrows(ValidationException.class, () -> PovertyLine.of(book, Fixtures.BAZHOU, DATE));
      assertEquals(bad, e.violations().get(0).value());
      PolicyReader read = PolicyReader.of(book, Fixtures.BAZHOU, DATE);
      PovertyLine.need(read);
      assertFalse(read.hasGaps(), bad);
    }
  }
}
