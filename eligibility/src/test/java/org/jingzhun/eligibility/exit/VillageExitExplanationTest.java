package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** A county that also requires electricity and water: each required facility is a criterion, present or not, and explained. */
class VillageExitExplanationTest {
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);
  private static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("facilities.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        exit.village.requires-electricity:
          values:
            "511902": [{from: 2017-01-01, value: true, source: t}]
        exit.village.requires-water:
          values:
            "511902": [{from: 2017-01-01, value: true, source: t}]
      """)));

  @Test
  void aMissingFacilityFailsAndAPresentOnePasses() {
    // 29 / 1,000 < 3 %; road, clinic, broadband and water present; electricity missing.
    Village v = Village.builder().code(Fixtures.VILLAGE).name("test").registeredPopulation(1000).hardenedRoad(true)
        .clinic(true).broadband(true).safeWater(true).collectiveIncome(Money.ofYuan(1)).build();
    Explained<ExitAssessment> e = VillageExitRules.explain(
        VillageExitCase.builder().village(v).registeredPoorPersons(29).build(), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCIDENCE, ExitCriterion.HARDENED_ROAD, ExitCriterion.ELECTRICITY,
        ExitCriterion.WATER_SUPPLY, ExitCriterion.CLINIC, ExitCriterion.BROADBAND, ExitCriterion.COLLECTIVE_INCOME,
        ExitCriterion.CULTURAL_ROOM),
        e.value().criteria().stream().map(CriterionResult::criterion).toList());
    assertEquals(List.of(ExitCriterion.ELECTRICITY), e.value().failed());
    assertEquals(List.of("yes", "no", "yes"), e.value().criteria().subList(1, 4).stream().map(CriterionResult::actual).toList());
    String text = e.explanationText(Language.EN);
    assertTrue(text.contains("= ✗ no (yes)\n") && text.contains("= ✓ 1.00 (≥ 0.01)\n"), text);
    assertEquals(false, e.explanation().result());
  }
}
