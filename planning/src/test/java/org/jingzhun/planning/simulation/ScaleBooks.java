package org.jingzhun.planning.simulation;

import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/**
 * The test book of {@link TestBooks} extended back to 2015 for six-year runs (2015–2020). Every
 * value here is an UNVERIFIED test assumption, not a policy figure: the exit rules date from the
 * 2016 opinions (厅字〔2016〕16号, in force from 2016-04-23), and Bazhou's renovation grants and
 * Bazhong's medical cascade are shipped from 2016; for 2015 this overlay repeats the first
 * shipped values.
 */
final class ScaleBooks {
  private ScaleBooks() {}

  static final String FROM_2015 = """
      sources:
        test-2015:
          issuer: planning tests
          title: UNVERIFIED test assumption repeating the first shipped value for 2015; not a policy figure
          confidence: UNVERIFIED
      parameters:
        exit.household.income-multiple:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 1, source: test-2015}]}
        exit.household.stable-years:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 1, source: test-2015}]}
        exit.household.requires-safe-water:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.incidence-max:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0.03, source: test-2015}]}
        exit.village.requires-road:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.requires-electricity:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.requires-water:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.requires-clinic:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.requires-broadband:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: false, source: test-2015}]}
        exit.village.collective-income-min:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0, source: test-2015}]}
        exit.county.incidence-max:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0.03, source: test-2015}]}
        exit.county.missed-identification-max:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0.02, source: test-2015}]}
        exit.county.wrong-exit-max:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0.02, source: test-2015}]}
        exit.county.approval-min:
          values: {"000000": [{from: 2015-01-01, until: 2016-04-23, value: 0.9, source: test-2015}]}
        extreme-poverty.support.multiple:
          values: {"000000": [{from: 2015-01-01, until: 2016-10-01, value: 1.3, source: test-2015}]}
        housing.renovation.grant.c:
          values: {"511902": [{from: 2015-01-01, until: 2016-01-01, value: 20000, source: test-2015}]}
        housing.renovation.grant.d:
          values: {"511902": [{from: 2015-01-01, until: 2016-01-01, value: 30000, source: test-2015}]}
        medical.personal-share.base:
          values: {"510000": [{from: 2015-01-01, until: 2016-01-01, value: TOTAL, source: test-2015}]}
        medical.cascade:
          values:
            "511900":
              - from: 2015-01-01
                until: 2016-01-01
                source: test-2015
                value:
                  - {payer: BASIC_MEDICAL_INSURANCE, base: COVERED, deductible: "200", rate: "0.85", perYearCap: "150000"}
                  - {payer: CRITICAL_ILLNESS_INSURANCE, base: COVERED, deductible: "18000", deductiblePerYear: true, rate: "0.5", poorDeductibleShare: "0.5", poorRateBonus: "0.05", perYearCap: "300000"}
                  - {payer: MEDICAL_ASSISTANCE, base: COVERED, deductible: "0", rate: "0.7", perYearCap: "30000", poorOnly: true}
                  - {payer: HEALTH_POVERTY_FUND, base: TOTAL, deductible: "0", rate: "0.9", perYearCap: "5000", poorOnly: true, inCountyOnly: true}
      """;

  private static final PolicyBook BOOK = TestBooks.withGapsFilled()
      .withOverrides(List.of(new PolicyFile("test-2015.yaml", FROM_2015)));

  /** The book of {@link TestBooks#withGapsFilled()} with 2015 filled by UNVERIFIED test values. */
  static PolicyBook sixYears() {
    return BOOK;
  }
}
