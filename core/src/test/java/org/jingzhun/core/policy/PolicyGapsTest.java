package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Gaps reported all at once, official-only books, coverage tables, and standards per month or per year. */
class PolicyGapsTest {
  static final RegionCode BAZHOU = RegionCode.of("511902");

  static final String BOOK = """
      sources:
        doc: {issuer: 国家统计局, title: 贫困标准, confidence: DOCUMENT}
        est: {issuer: Jingzhun, title: 估算, confidence: ESTIMATED, note: "interpolated between 2016 and 2019"}
      parameters:
        line:
          unit: YUAN_PER_PERSON_YEAR
          description: {zh: 扶贫标准, en: poverty line}
          values:
            "000000":
              - {from: 2016-01-01, until: 2017-01-01, value: 2952, source: doc}
              - {from: 2017-01-01, until: 2018-01-01, value: 3041, source: est}
        lag:
          unit: YEARS
          description: {zh: 滞后, en: lag}
          values:
            "000000": [{from: 2014-01-01, value: 1, source: doc}]
        standard:
          unit: YUAN_PER_PERSON_MONTH
          description: {zh: 低保标准, en: dibao standard}
          values:
            "510000":
              - {from: 2016-01-01, until: 2017-01-01, value: 190, source: doc}
              - {from: 2017-01-01, value: 3041 a year, source: est}
      """;

  static PolicyBook book() {
    return PolicyBook.load(new PolicyFile("book.yaml", BOOK));
  }

  /** Reads the lag, then the line on the lagged date, then the standard: a rule that reads three parameters. */
  static void rule(PolicyReader read) {
    read.need("lag").ifPresent(lag -> read.lagged(read.date().minusYears(lag.integer()), "滞后一年", "the line lags one year")
        .need("line"));
    read.need("standard");
  }

  @Test
  void everyMissingParameterOfACalculationIsReportedAtOnceWithTheDateReadAndWhy() {
    // 2019-06-15: the line is read on 2018-06-15 (no value: 2016 and 2017 only) and the standard has a value from 2017 on
    // 2016-03-01 in a region outside Sichuan: line read on 2015-03-01 (none) and no standard anywhere up the chain
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyReader.check(book(), RegionCode.of("110000"), LocalDate.of(2016, 3, 1), PolicyGapsTest::rule));
    assertTrue(e.isNoPolicy());
    List<Violation> v = e.violations();
    assertEquals(2, v.size(), v.toString());
    assertEquals("line", v.get(0).path());
    assertEquals("2015-03-01", v.get(0).value());
    assertTrue(v.get(0).message().contains("the calculation for 2016-03-01 reads it on 2015-03-01: the line lags one year"), v.get(0).message());
    assertTrue(v.get(0).message().contains("searched 110000 → 000000"), v.get(0).message());
    assertEquals("standard", v.get(1).path());
    assertEquals(Violation.Kind.NO_POLICY, v.get(1).kind());
  }

  @Test
  void anOfficialOnlyBookRefusesEstimatesAndListsThem() {
    PolicyBook official = book().officialOnly();
    // 2018-06-15 in Bazhou: the lagged line (2017) and the standard (2017 on) are both ESTIMATED
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyReader.check(official, BAZHOU, LocalDate.of(2018, 6, 15), PolicyGapsTest::rule));
    assertEquals(List.of("line", "standard"), e.violations().stream().map(Violation::path).toList());
    assertTrue(e.violations().get(1).message().contains("estimated"), e.violations().get(1).message());
    // the same date in the full book answers
    PolicyReader.check(book(), BAZHOU, LocalDate.of(2018, 6, 15), PolicyGapsTest::rule);
    // and an official value still answers in the official-only book
    assertEquals(Money.ofYuan(2952), official.get("line", BAZHOU, LocalDate.of(2016, 6, 1)).money());
    assertFalse(official.inForce(BAZHOU, LocalDate.of(2017, 6, 1)).stream().anyMatch(r -> r.parameterName().equals("standard")));
  }

  @Test
  void coverageShowsTheWeakestConfidenceOfEachYearAndItsGaps() {
    PolicyCoverage c = book().coverage(BAZHOU, 2015, 2018);
    PolicyCoverage.Row line = c.rows().stream().filter(r -> r.parameter().equals("line")).findFirst().orElseThrow();
    assertEquals(List.of("-", "D", "E", "-"), line.years().stream().map(PolicyCoverage.Cell::marker).toList());
    PolicyCoverage.Row standard = c.rows().stream().filter(r -> r.parameter().equals("standard")).findFirst().orElseThrow();
    assertEquals(List.of("-", "D", "E", "E"), standard.years().stream().map(PolicyCoverage.Cell::marker).toList());
    assertFalse(standard.complete());
    // official only: the estimated years become gaps
    PolicyCoverage o = book().officialOnly().coverage(BAZHOU, 2016, 2017);
    assertEquals(List.of("D", "-"), o.rows().stream().filter(r -> r.parameter().equals("standard")).findFirst()
        .orElseThrow().years().stream().map(PolicyCoverage.Cell::marker).toList());
  }

  @Test
  void aCoverageCellMarksAPartYearGap() {
    // the line ends 2018-01-01, so in 2017 it covers every day; a value from 2016-07-01 covers half of 2016
    PolicyBook b = PolicyBook.load(new PolicyFile("b.yaml", """
        parameters:
          x:
            unit: COUNT
            description: {zh: 甲, en: x}
            values:
              "000000": [{from: 2016-07-01, value: 1, source: {issuer: a, title: b, confidence: LOCAL}}]
        """));
    assertEquals("L-", b.coverage(BAZHOU, 2016, 2016).rows().get(0).years().get(0).marker());
  }

  @Test
  void aStandardPublishedPerYearIsKeptExactlyAndItsMonthIsRoundedOnce() {
    PeriodicAmount yearly = book().get("standard", BAZHOU, LocalDate.of(2017, 6, 1)).periodic();
    assertEquals(PeriodicAmount.Per.YEAR, yearly.per());
    assertEquals(Money.ofYuan(3041), yearly.yearly());
    // 3,041 / 12 = 253.41666… → 253.42 half-up
    assertEquals(Money.ofYuan("253.42"), yearly.monthly(RoundingMode.HALF_UP));
    // 1.3 × 3,041 / 12 = 329.441666… → 329.44: one rounding, not 1.3 × 253.42 = 329.446 → 329.45
    assertEquals(Money.ofYuan("329.44"), yearly.monthlyTimes(new java.math.BigDecimal("1.3"), RoundingMode.HALF_UP));
    PeriodicAmount monthly = book().get("standard", BAZHOU, LocalDate.of(2016, 6, 1)).periodic();
    assertEquals(Money.ofYuan(2280), monthly.yearly());
    assertEquals("190.00 a month", monthly.toString());
    assertEquals(monthly, PeriodicAmount.parse("190 a month", PeriodicAmount.Per.YEAR));
    assertEquals(PeriodicAmount.of(Money.ofYuan(3600), PeriodicAmount.Per.YEAR), PeriodicAmount.parse("3,600/year", PeriodicAmount.Per.MONTH));
    assertThrows(ValidationException.class, () -> PeriodicAmount.parse("300 a week", PeriodicAmount.Per.MONTH));
    assertThrows(ValidationException.class, () -> PeriodicAmount.parse("300.001", PeriodicAmount.Per.MONTH));
  }

  @Test
  void anEstimateWithoutItsMethodIsRefusedAtLoad() {
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBook.load(new PolicyFile("e.yaml", """
        parameters:
          x:
            unit: COUNT
            description: {zh: 甲, en: x}
            values:
              "000000": [{from: 2016-07-01, value: 1, source: {issuer: a, title: b, confidence: ESTIMATED}}]
        """)));
    assertTrue(e.violations().get(0).message().contains("must state its method in 'note'"), e.getMessage());
    assertTrue(e.violations().get(0).path().startsWith("e.yaml:6"), e.violations().get(0).path());
  }

  @Test
  void aReformKeepsTheBookOfficialOnlyAndAppliesManyChangesToOneTimeline() {
    PolicyBook official = book().officialOnly();
    Reform.Builder r = official.reform("many");
    for (int i = 0; i < 2000; i++) {
      r.set("line", RegionCode.NATION, LocalDate.of(2020, 1, 1).plusDays(i), LocalDate.of(2020, 1, 1).plusDays(i + 1),
          Money.ofYuan(4000 + i), Source.of("a", "b", Confidence.DOCUMENT));
    }
    PolicyBook reformed = r.build();
    assertTrue(reformed.isOfficialOnly());
    assertEquals(2000, reformed.changes().size());
    assertEquals(Money.ofYuan(4999), reformed.get("line", BAZHOU, LocalDate.of(2020, 1, 1).plusDays(999)).money());
  }

  @Test
  void aPolicyFileIsInputTooEveryProblemAtItsLine() {
    // a negative standard, a share above one, a negative count, and a key given twice: four problems at once
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBook.load(new PolicyFile("bad.yaml", """
        sources:
          s: {issuer: a, title: b, confidence: LOCAL}
        parameters:
          standard:
            unit: YUAN_PER_PERSON_MONTH
            description: {zh: 低保, en: dibao}
            values:
              "510000": [{from: 2016-01-01, value: -190, source: s}]
          cap:
            unit: SHARE
            description: {zh: 上限, en: cap}
            values:
              "510000": [{from: 2016-01-01, value: "1.5", source: s}]
          days:
            unit: DAYS
            description: {zh: 天, en: days}
            description: {zh: 天数, en: days again}
            values:
              "510000": [{from: 2016-01-01, value: -7, source: s}]
        """)));
    List<String> where = e.violations().stream().map(v -> v.path() + " " + v.message()).toList();
    assertEquals(4, where.size(), where.toString());
    assertTrue(where.get(0).startsWith("bad.yaml:17 ") && where.get(0).contains("given twice") && where.get(0).contains("line 16"), where.get(0));
    assertTrue(where.stream().anyMatch(w -> w.startsWith("bad.yaml:8 ") && w.contains("negative")), where.toString());
    assertTrue(where.stream().anyMatch(w -> w.startsWith("bad.yaml:13 ") && w.contains("SHARE")), where.toString());
    assertTrue(where.stream().anyMatch(w -> w.startsWith("bad.yaml:19 ") && w.contains("negative")), where.toString());
  }

  @Test
  void resolvedRulesAreMadeOncePerBookRegionAndDateAndAFailureIsNotKept() {
    PolicyBook book = book();
    int[] made = {0};
    PolicyBook.Resolver<String> resolver = (b, r, d) -> {
      made[0]++;
      return b.get("line", r, d).money() + "@" + d;
    };
    LocalDate day = LocalDate.of(2016, 6, 1);
    String first = book.resolved(String.class, BAZHOU, day, resolver);
    assertTrue(first == book.resolved(String.class, BAZHOU, day, resolver));
    assertEquals(1, made[0]);
    book.resolved(String.class, BAZHOU, day.plusDays(1), resolver);
    book().resolved(String.class, BAZHOU, day, resolver); // another book: its own memo
    assertEquals(3, made[0]);
    // 2015: no line; the gap is thrown each time, never kept
    assertThrows(ValidationException.class, () -> book.resolved(String.class, BAZHOU, LocalDate.of(2015, 6, 1), resolver));
    assertThrows(ValidationException.class, () -> book.resolved(String.class, BAZHOU, LocalDate.of(2015, 6, 1), resolver));
    assertEquals(5, made[0]);
  }
}
