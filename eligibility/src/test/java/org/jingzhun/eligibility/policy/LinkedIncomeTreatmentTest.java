package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.LinkedIncomeSource;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class LinkedIncomeTreatmentTest {
  private static final List<ParameterKey<List<LinkedIncomeSource>>> KEYS =
      List.of(LinkedIncomeTreatment.DIBAO, LinkedIncomeTreatment.IDENTIFICATION, LinkedIncomeTreatment.EXIT);

  @Test
  void theShippedBookCountsEveryLinkedSourceInEveryTestInBazhongsAreas2014To2025() {
    PolicyBook book = PolicyBook.shipped();
    for (String area : List.of("511902", "511903", "511921", "511922", "511923")) {
      for (int year = 2014; year <= 2025; year++) {
        for (ParameterKey<List<LinkedIncomeSource>> key : KEYS) {
          LocalDate date = LocalDate.of(year, 1, 1);
          assertEquals(List.of(), LinkedIncomeTreatment.resolve(book, key, RegionCode.of(area), date).orElseThrow()
              .value(key), key.name() + " " + area + " " + year);
        }
      }
    }
  }

  @Test
  void aBookThatLeavesASourceOutIsRefusedAtTheParameterInBothLanguages() {
    PolicyBook book = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("t.yaml", """
        sources:
          t: {issuer: 用例, title: 用例, confidence: UNVERIFIED}
        parameters:
          identification.income.excluded-sources:
            values:
              "511902": [{from: 2019-01-01, value: [DIVIDENDS], source: t}]
        """)));
    ValidationException e = assertThrows(ValidationException.class, () -> LinkedIncomeTreatment.resolve(book,
        LinkedIncomeTreatment.IDENTIFICATION, RegionCode.of("511902"), LocalDate.of(2019, 6, 1)));
    assertEquals("identification.income.excluded-sources", e.violations().get(0).path());
    String message = e.violations().get(0).message();
    assertTrue(message.contains("入股分红") && message.contains("cannot yet leave linked income out"), message);
  }
}
