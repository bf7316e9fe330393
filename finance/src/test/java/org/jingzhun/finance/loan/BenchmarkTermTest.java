package org.jingzhun.finance.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class BenchmarkTermTest {
  private static final LocalDate PAID = LocalDate.of(2016, 3, 21);

  @Test
  void aTermOnABandsEdgeBelongsToTheShorterBand() {
    assertEquals(BenchmarkTerm.UP_TO_ONE_YEAR, BenchmarkTerm.of(PAID, PAID.plusMonths(6)));
    assertEquals(BenchmarkTerm.UP_TO_ONE_YEAR, BenchmarkTerm.of(PAID, PAID.plusYears(1)));
    assertEquals(BenchmarkTerm.ONE_TO_FIVE_YEARS, BenchmarkTerm.of(PAID, PAID.plusYears(1).plusDays(1)));
    assertEquals(BenchmarkTerm.ONE_TO_FIVE_YEARS, BenchmarkTerm.of(PAID, PAID.plusYears(3)));
    assertEquals(BenchmarkTerm.ONE_TO_FIVE_YEARS, BenchmarkTerm.of(PAID, PAID.plusYears(5)));
    assertEquals(BenchmarkTerm.OVER_FIVE_YEARS, BenchmarkTerm.of(PAID, PAID.plusYears(5).plusDays(1)));
  }

  @Test
  void theLprQuotedForATermIsTheOneYearUpToAYearAndTheFiveYearBeyond() {
    assertEquals(LprTenor.ONE_YEAR, BenchmarkTerm.UP_TO_ONE_YEAR.lprTenor());
    assertEquals(LprTenor.FIVE_YEAR, BenchmarkTerm.ONE_TO_FIVE_YEARS.lprTenor());
    assertEquals(LprTenor.FIVE_YEAR, BenchmarkTerm.OVER_FIVE_YEARS.lprTenor());
  }

  @Test
  void everyBandNamesAShippedParameter() {
    // the 2015-10-24 benchmark rates: 4.35 % up to a year, 4.75 % for one to five, 4.9 % beyond
    PolicyBook book = PolicyBook.shipped();
    RegionCode bazhou = RegionCode.of("511902");
    assertEquals("4.35%", book.get(BenchmarkTerm.UP_TO_ONE_YEAR.parameter(), bazhou, PAID).rate().toString());
    assertEquals("4.75%", book.get(BenchmarkTerm.ONE_TO_FIVE_YEARS.parameter(), bazhou, PAID).rate().toString());
    assertEquals("4.9%", book.get(BenchmarkTerm.OVER_FIVE_YEARS.parameter(), bazhou, PAID).rate().toString());
  }
}
