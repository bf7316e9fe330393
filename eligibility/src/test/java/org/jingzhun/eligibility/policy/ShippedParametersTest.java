package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class ShippedParametersTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final RegionCode BAZHOU = RegionCode.of("511902");

  @Test
  void statisticalLineOf2013IsTheDocumented2736() {
    assertEquals(Money.ofYuan(2736),
        BOOK.get("poverty.line.statistical", BAZHOU, LocalDate.of(2013, 6, 1)).money());
  }

  @Test
  void statisticalLinesOf2017And2018AreInterpolatedEstimates() {
    // 2,952 + (3,218 − 2,952) / 3 = 3,040.67 → 3,041; 2,952 + 2 × 266 / 3 = 3,129.33 → 3,129
    var r = BOOK.get("poverty.line.statistical", BAZHOU, LocalDate.of(2017, 6, 1));
    assertEquals(Money.ofYuan(3041), r.money());
    assertEquals(Confidence.ESTIMATED, r.entry().source().confidence());
    assertEquals(Money.ofYuan(3129), BOOK.get("poverty.line.statistical", BAZHOU, LocalDate.of(2018, 6, 1)).money());
  }

  @Test
  void theStatisticalSeriesHoldsNoExitCheckFigure() {
    // the statistics bureau's series ends with 2019's 3,218; 2020's "about 4,000" is not its figure
    assertTrue(BOOK.find("poverty.line.statistical", BAZHOU, LocalDate.of(2020, 6, 1)).isEmpty());
  }

  @Test
  void the2020LineIsTheNationalOfficialFigureAndCarriedForwardAsAnEstimate() {
    var r = BOOK.get("poverty.line.exit-check", BAZHOU, LocalDate.of(2020, 6, 1));
    assertEquals(Money.ofYuan(4000), r.money());
    assertEquals(Confidence.DOCUMENT, r.entry().source().confidence());
    assertTrue(r.entry().source().title().contains("国务院新闻办公室新闻发布会"), r.entry().source().title());
    var later = BOOK.get("poverty.line.exit-check", BAZHOU, LocalDate.of(2025, 6, 1));
    assertEquals(Money.ofYuan(4000), later.money());
    assertEquals(Confidence.ESTIMATED, later.entry().source().confidence());
  }

  @Test
  void theExitChecksOf2020UseTheExitCheckSeries() {
    // poverty.line.series: statistical until 2019, exit-check for 2020 → 4,000
    PovertyLine line = PovertyLine.of(BOOK, BAZHOU, LocalDate.of(2020, 6, 1));
    assertEquals("exit-check", line.series().text());
    assertEquals(Money.ofYuan(4000), line.perPersonPerYear());
    assertEquals("statistical", PovertyLine.of(BOOK, BAZHOU, LocalDate.of(2019, 6, 1)).series().text());
  }

  @Test
  void planningPathIsShippedSeparatelyAndUnverified() {
    var r = BOOK.get("poverty.line.planning-path", BAZHOU, LocalDate.of(2018, 6, 1));
    assertEquals(Money.ofYuan(3535), r.money());
    assertEquals(Confidence.UNVERIFIED, r.entry().source().confidence());
  }

  @Test
  void sichuanDibaoFloorOf2019Is350AMonth() {
    // published as 4,200 a year: kept per year, 350 a month exactly
    var standard = BOOK.get("dibao.standard.rural", BAZHOU, LocalDate.of(2019, 3, 1)).periodic();
    assertEquals(Money.ofYuan(4200), standard.yearly());
    assertEquals(Money.ofYuan(350), standard.monthly(java.math.RoundingMode.UNNECESSARY));
  }

  @Test
  void sichuanUsesTheWesternThreePercentForVillages() {
    assertEquals("0.03", BOOK.get("exit.village.incidence-max", BAZHOU, LocalDate.of(2017, 1, 1)).share().toString());
  }
}
