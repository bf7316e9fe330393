package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class VillageAndCountyExitRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);

  private static Village.Builder village() {
    return Village.builder().code(Fixtures.VILLAGE).name("test").registeredPopulation(1000)
        .hardenedRoad(true).clinic(true).broadband(true).collectiveIncome(Money.ofYuan(1));
  }

  private static VillageExitCase village(int poor) {
    return VillageExitCase.builder().village(village().build()).registeredPoorPersons(poor).build();
  }

  @Test
  void incidenceExactlyThreePercentIsNotBelow() {
    // 30 / 1,000 = 3 %: Sichuan (west) requires below 3 %
    ExitAssessment a = VillageExitRules.compute(village(30), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCIDENCE), a.failed());
    assertEquals("0.0300", a.criteria().get(0).actual());
  }

  @Test
  void incidenceJustBelowThreePercentPassesWithSichuansExtras() {
    ExitAssessment a = VillageExitRules.compute(village(29), BOOK, DATE);
    assertTrue(a.passed());
    assertEquals(List.of(ExitCriterion.INCIDENCE, ExitCriterion.HARDENED_ROAD, ExitCriterion.CLINIC,
        ExitCriterion.BROADBAND, ExitCriterion.COLLECTIVE_INCOME, ExitCriterion.CULTURAL_ROOM),
        a.criteria().stream().map(CriterionResult::criterion).toList());
  }

  @Test
  void aVillageWithoutClinicOrCollectiveIncomeFailsBoth() {
    VillageExitCase c = VillageExitCase.builder().village(village().clinic(false).collectiveIncome(Money.ZERO).build())
        .registeredPoorPersons(0).build();
    assertEquals(List.of(ExitCriterion.CLINIC, ExitCriterion.COLLECTIVE_INCOME), VillageExitRules.compute(c, BOOK, DATE).failed());
  }

  @Test
  void everyWesternProvinceUsesThreePercentForVillagesAndCounties() {
    // 厅字〔2016〕16号: below 3 % in the west, i.e. the 12 provinces of the western development
    for (String province : List.of("500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000",
        "640000", "650000", "450000", "150000")) {
      RegionCode code = RegionCode.of(province);
      assertEquals(Share.parse("0.03"), BOOK.get(VillageExitRules.INCIDENCE_MAX, code, DATE).share(), province);
      assertEquals(Share.parse("0.03"), BOOK.get(CountyExitRules.INCIDENCE_MAX, code, DATE).share(), province);
    }
  }

  @Test
  void aChongqingVillageAtTwoAndAHalfPercentMeetsTheIncidenceCriterion() {
    // 25 / 1,000 = 2.5 % < 3 % (west); it would fail the 2 % of the centre and east
    Village chongqing = Village.builder().code(RegionCode.of("500101001001")).name("c").registeredPopulation(1000).build();
    ExitAssessment a = VillageExitRules.compute(VillageExitCase.builder().village(chongqing).registeredPoorPersons(25).build(), BOOK, DATE);
    assertEquals(ExitCriterion.INCIDENCE, a.criteria().get(0).criterion());
    assertTrue(a.criteria().get(0).passed(), a.criteria().get(0).toString());
  }

  @Test
  void aVillageOutsideTheWestUsesTwoPercent() {
    // Henan (410000) is not in Sichuan: national 2 %; 20 / 1,000 is not below, and no extras are required
    Village henan = Village.builder().code(RegionCode.of("410102001001")).name("h").registeredPopulation(1000).build();
    ExitAssessment a = VillageExitRules.compute(VillageExitCase.builder().village(henan).registeredPoorPersons(20).build(), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCIDENCE, ExitCriterion.COLLECTIVE_INCOME),
        a.criteria().stream().map(CriterionResult::criterion).toList());
    assertEquals(List.of(ExitCriterion.INCIDENCE), a.failed());
  }

  @Test
  void morePoorThanPeopleIsRejected() {
    assertThrows(ValidationException.class, () -> village(1001));
  }

  private static CountyExitCase.Builder county() {
    return CountyExitCase.builder().county(Fixtures.BAZHOU).registeredPoorPersons(2999).ruralRegisteredPopulation(100000)
        .assessment(sample(199, 199, 9001));
  }

  /** A sample of 10,000 non-registered persons, 10,000 exited persons and 10,000 respondents. */
  private static AssessmentSample sample(long missed, long wrongExits, long approving) {
    return AssessmentSample.builder().nonRegisteredSampled(10000).missedIdentification(missed)
        .exitedSampled(10000).wrongExits(wrongExits).respondents(10000).approving(approving).build();
  }

  @Test
  void theAssessmentsRatesAreComputedFromItsCountsAndComparedExactly() {
    // 56号: missed 13 of 650 non-registered persons = 2 % exactly: not below 2 %; 12 of 650 = 1.846 %: below.
    // Wrong exits 1 of 3 exited = 33.33 %; approval 271 of 300 = 90.33 % > 90 %.
    AssessmentSample atTheLine = AssessmentSample.builder().nonRegisteredSampled(650).missedIdentification(13)
        .exitedSampled(3).wrongExits(1).respondents(300).approving(271).build();
    ExitAssessment a = CountyExitRules.compute(county().assessment(atTheLine).build(), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.MISSED_IDENTIFICATION, ExitCriterion.WRONG_EXIT), a.failed());
    assertEquals("0.0200", a.criteria().get(1).actual());
    assertEquals("0.3333", a.criteria().get(2).actual());
    assertEquals("0.9033", a.criteria().get(3).actual());
    ExitAssessment below = CountyExitRules.compute(county().assessment(AssessmentSample.builder().from(atTheLine)
        .missedIdentification(12).wrongExits(0).build()).build(), BOOK, DATE);
    assertTrue(below.passed(), below.toString());
  }

  @Test
  void aSampleWithMorePartsThanItsWholeIsRejectedNamingEveryField() {
    ValidationException e = assertThrows(ValidationException.class, () -> AssessmentSample.builder()
        .nonRegisteredSampled(0).missedIdentification(1).exitedSampled(5).wrongExits(6).respondents(10).approving(-1).build());
    assertEquals(List.of("nonRegisteredSampled", "missedIdentification", "wrongExits", "approving"),
        e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void aShareAssumedByAScenarioIsTheSameRateAsItsFraction() {
    assertEquals(new SampleRate(199, 10000), SampleRate.of(Share.parse("0.0199")));
    assertEquals(new SampleRate(9, 10), SampleRate.of(Share.parse("0.90")));
    assertEquals(new SampleRate(1, 1), SampleRate.of(Share.ONE));
  }

  @Test
  void aCountyJustInsideEveryThresholdExits() {
    assertTrue(CountyExitRules.compute(county().build(), BOOK, DATE).passed());
  }

  @Test
  void aCountyExactlyAtEveryThresholdFailsEach() {
    // 3,000 / 100,000 = 3 %; 2 % missed; 2 % wrong exits; approval 90 % is not above 90 %
    CountyExitCase c = county().registeredPoorPersons(3000).assessment(sample(200, 200, 9000)).build();
    assertEquals(List.of(ExitCriterion.INCIDENCE, ExitCriterion.MISSED_IDENTIFICATION, ExitCriterion.WRONG_EXIT,
        ExitCriterion.PUBLIC_APPROVAL), CountyExitRules.compute(c, BOOK, DATE).failed());
  }

  @Test
  void casesRoundTripThroughJson() {
    CountyExitCase c = county().build();
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), CountyExitCase.class));
    VillageExitCase v = village(3);
    assertEquals(v, JingzhunJson.read(JingzhunJson.write(v), VillageExitCase.class));
  }
}
