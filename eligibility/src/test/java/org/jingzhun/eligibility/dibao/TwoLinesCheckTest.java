package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class TwoLinesCheckTest {

  private static final PolicyBook PLANTED = PolicyBook.load(new PolicyFile("test.yaml", """
      sources:
        t: {issuer: test, title: planted, confidence: UNVERIFIED}
      parameters:
        poverty.line.series:
          unit: TEXT
          description: {zh: 序列, en: series}
          values:
            "000000": [{from: 2018-01-01, value: statistical, source: t}]
        poverty.line.statistical:
          unit: YUAN_PER_PERSON_YEAR
          description: {zh: 标准, en: line}
          values:
            "000000":
              - {from: 2018-01-01, until: 2019-01-01, value: 3000, source: t}
              - {from: 2019-01-01, until: 2020-01-01, value: 3218, source: t}
        dibao.standard.rural:
          unit: YUAN_PER_PERSON_MONTH
          description: {zh: 低保, en: dibao}
          values:
            "510000": [{from: 2018-01-01, value: 260, source: t}]
            "511902": [{from: 2018-01-01, value: 300, source: t}]
      """));

  @Test
  void aPlantedStandardBelowTheLineIsFound() {
    // Sichuan 260 × 12 = 3,120: above 3,000 in 2018, below 3,218 in 2019; Bazhou 3,600 is above both
    assertEquals(List.of(TwoLinesViolation.builder().region(RegionCode.of("510000")).start(LocalDate.of(2019, 1, 1))
        .until(LocalDate.of(2020, 1, 1)).dibaoYearly(Money.ofYuan(3120)).povertyLine(Money.ofYuan(3218))
        .series("statistical").build()), TwoLinesCheck.check(PLANTED));
  }

  @Test
  void theShippedBookMeetsTheRuleFromItsStartAndNothingIsReportedBefore() {
    // Sichuan's 190 a month (2,280 a year) is below the 2015 line of 2,855, but the rule starts with
    // 国办发〔2016〕70号 on 2016-09-17, from when the shipped standard is at least the line
    assertEquals(List.of(), TwoLinesCheck.check(PolicyBook.shipped()));
  }

  @Test
  void aViolationRoundTripsThroughJson() {
    TwoLinesViolation v = TwoLinesCheck.check(PLANTED).get(0);
    assertEquals(v, JingzhunJson.read(JingzhunJson.write(v), TwoLinesViolation.class));
  }
}
