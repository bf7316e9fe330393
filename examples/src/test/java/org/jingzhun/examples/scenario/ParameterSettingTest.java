package org.jingzhun.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.junit.jupiter.api.Test;

/** {@code --set NAME=VALUE}: percentages scale money parameters, values go through the book's loader. */
class ParameterSettingTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final RegionCode COUNTY = RegionCode.of("511902");
  private static final RegionCode VILLAGE = RegionCode.of("511902101201");
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);

  private static Money standard(PolicyBook book, LocalDate on) {
    return DibaoRules.resolve(book, VILLAGE, on).standardMonthly();
  }

  @Test
  void aPercentageIsAFactorAndAnAtIsTheFirstDay() {
    ParameterSetting s = ParameterSetting.parse("dibao.standard.rural=+10%@2017-01-01", "--set");
    assertEquals(0, s.factor().orElseThrow().compareTo(new BigDecimal("1.10")), s.factor().toString());
    assertEquals(Optional.of(LocalDate.of(2017, 1, 1)), s.from());
    assertEquals(0, ParameterSetting.parse("dibao.standard.rural=-5%", "--set").factor().orElseThrow().compareTo(new BigDecimal("0.95")));
  }

  @Test
  void aYearlyValueIsSetForTheCountyAsAParameterFileWouldSetIt() {
    PolicyBook set = ParameterSetting.apply(BOOK, List.of(ParameterSetting.parse("dibao.standard.rural=3600/year", "--set")),
        COUNTY, FIRST, "test");
    // 3,600 yuan a year is 300.00 a month, from the first day on; the day before keeps the shipped value
    assertEquals(Money.ofYuan("300.00"), standard(set, LocalDate.of(2016, 6, 30)));
    assertEquals(standard(BOOK, LocalDate.of(2015, 12, 31)), standard(set, LocalDate.of(2015, 12, 31)));
  }

  @Test
  void aPercentageScalesEveryValueFromTheFirstDayHalfUpToTheFen() {
    PolicyBook set = ParameterSetting.apply(BOOK, List.of(ParameterSetting.parse("dibao.standard.rural=+10%", "--set")),
        COUNTY, FIRST, "test");
    Money shipped = standard(BOOK, LocalDate.of(2016, 6, 30));
    assertEquals(shipped.times(new BigDecimal("1.10"), java.math.RoundingMode.HALF_UP), standard(set, LocalDate.of(2016, 6, 30)));
  }

  @Test
  void aValueOfTheWrongUnitIsRefusedAtTheChange() {
    ValidationException e = assertThrows(ValidationException.class, () -> ParameterSetting.apply(BOOK,
        List.of(ParameterSetting.parse("dibao.standard.rural=lots", "--set")), COUNTY, FIRST, "test"));
    assertEquals("set.dibao.standard.rural", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("lots"), e.violations().get(0).message());
  }

  @Test
  void aPercentageWithoutItsSignIsRefused() {
    assertThrows(ValidationException.class, () -> ParameterSetting.parse("dibao.standard.rural=10%", "--set"));
  }
}
