package org.jingzhun.planning.simulation;

import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/**
 * The shipped book with its gaps filled for tests. Every value here is an UNVERIFIED test
 * assumption, not a policy figure: the shipped book leaves Sichuan's rural dibao standard of
 * 2016–2018 and 2020 and the statistical poverty line of 2017–2018 out because they are not
 * confirmed.
 */
final class TestBooks {
  private TestBooks() {}

  static final String GAPS = """
      sources:
        test-gaps:
          issuer: planning tests
          title: UNVERIFIED test assumption filling a gap of the shipped parameters; not a policy figure
          confidence: UNVERIFIED
      parameters:
        poverty.line.statistical:
          values:
            "000000":
              - {from: 2017-01-01, until: 2018-01-01, value: 3000, source: test-gaps}
              - {from: 2018-01-01, until: 2019-01-01, value: 3100, source: test-gaps}
        dibao.standard.rural:
          values:
            "510000":
              - {from: 2016-01-01, until: 2019-01-01, value: 300, source: test-gaps}
              - {from: 2020-01-01, until: 2021-01-01, value: 400, source: test-gaps}
      """;

  private static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("test-gaps.yaml", GAPS)));

  /** The shipped book with the gaps filled by UNVERIFIED test values. */
  static PolicyBook withGapsFilled() {
    return BOOK;
  }
}
