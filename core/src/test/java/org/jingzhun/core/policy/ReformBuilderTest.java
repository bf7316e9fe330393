package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link Reform.Builder}: bounded changes, scaling what a reform added, and what it refuses. */
class ReformBuilderTest {
  private static final RegionCode SICHUAN = RegionCode.of("510000");
  private static final RegionCode BAZHONG = RegionCode.of("511900");
  private static final Source SOURCE = Source.of("research", "scenario", Confidence.UNVERIFIED);

  @Test
  void aChangeWithAnEndGivesBackTheOldValueAfterIt() {
    PolicyBook reform = PolicyBookTest.book().reform("2020 only")
        .set("dibao.standard", SICHUAN, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), Money.ofYuan("400"), SOURCE)
        .build();
    assertEquals(Money.ofYuan("400"), reform.get("dibao.standard", SICHUAN, LocalDate.of(2020, 12, 31)).money());
    assertEquals(Money.ofYuan("350"), reform.get("dibao.standard", SICHUAN, LocalDate.of(2021, 1, 1)).money());
  }

  @Test
  void scalingAlsoScalesAValueTheReformSetForANewRegion() {
    // Bazhong city has no value of its own; the reform gives it 400 from 2020, then scales
    // every region by 1.1 from 2020: 400 * 1.1 = 440.00.
    PolicyBook reform = PolicyBookTest.book().reform("city")
        .set("dibao.standard", BAZHONG, LocalDate.of(2020, 1, 1), Money.ofYuan("400"), SOURCE)
        .scale("dibao.standard", new BigDecimal("1.1"), LocalDate.of(2020, 1, 1), RoundingMode.HALF_UP)
        .build();
    assertEquals(Money.ofYuan("440"), reform.get("dibao.standard", BAZHONG, LocalDate.of(2020, 1, 1)).money());
  }

  @Test
  void onlyMoneyParametersScale() {
    ValidationException share = assertThrows(ValidationException.class, () -> PolicyBookTest.book().reform("x")
        .scale("health.share.cap", BigDecimal.TEN, LocalDate.of(2020, 1, 1), RoundingMode.HALF_UP));
    assertEquals(List.of(new Violation("parameter", "health.share.cap", "is not a money parameter of the policy book")),
        share.violations());
    ValidationException unknown = assertThrows(ValidationException.class, () -> PolicyBookTest.book().reform("x")
        .scale("no.such", BigDecimal.TEN, LocalDate.of(2020, 1, 1), RoundingMode.HALF_UP));
    assertEquals("parameter", unknown.violations().get(0).path());
  }

  @Test
  void aChangeToAnUnknownParameterIsRefused() {
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBookTest.book().reform("x")
        .set("no.such", SICHUAN, LocalDate.of(2020, 1, 1), Money.ofYuan("1"), SOURCE));
    assertEquals(List.of(new Violation("parameter", "no.such", "the policy book has no parameter of this name")),
        e.violations());
  }
}
