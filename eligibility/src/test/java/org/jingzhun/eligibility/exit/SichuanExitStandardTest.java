package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Sichuan's exit standards, chosen by {@code exit.standard}: household 一超六有, village 一低五有,
 * county 一低三有 from 2016-08-01 in Sichuan; the national checklist elsewhere and before.
 */
class SichuanExitStandardTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  private static List<ExitCriterion> criteria(ExitAssessment a) {
    return a.criteria().stream().map(CriterionResult::criterion).toList();
  }

  @Test
  void theBookChoosesSichuansStandardInBazhongFromAugust2016AndTheNationalOneElsewhere() {
    assertEquals(ExitStandard.SICHUAN, BOOK.value(ExitStandard.PARAMETER, Fixtures.BAZHOU, DATE));
    assertEquals(ExitStandard.NATIONAL, BOOK.value(ExitStandard.PARAMETER, Fixtures.BAZHOU, LocalDate.of(2016, 7, 31)));
    assertEquals(ExitStandard.NATIONAL, BOOK.value(ExitStandard.PARAMETER, RegionCode.of("520000"), DATE));
  }

  @Test
  void aHouseholdWithoutTelevisionDoesNotExitUnderOneOverSixHaves() {
    // 2 members, 9,000 a year: 4,500 a person > the 2019 line; the six haves all met but radio and television
    HouseholdExitCase c = HouseholdExitCase.builder().household(Fixtures.household("9000", 2).build())
        .radioAndTelevision(false).build();
    ExitAssessment a = HouseholdExitRules.compute(c, BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCOME, ExitCriterion.COMPULSORY_EDUCATION, ExitCriterion.BASIC_MEDICAL,
        ExitCriterion.SAFE_HOUSING, ExitCriterion.SAFE_WATER, ExitCriterion.HOUSEHOLD_ELECTRICITY,
        ExitCriterion.RADIO_TELEVISION), criteria(a));
    assertEquals(List.of(ExitCriterion.RADIO_TELEVISION), a.failed());
  }

  @Test
  void theNationalChecklistDoesNotAskForElectricityOrTelevision() {
    // the same household in Bazhou in 2016 before Sichuan's plan (2016-08-01): income, education, medical, housing
    HouseholdExitCase c = HouseholdExitCase.builder().household(Fixtures.household("9000", 2).build())
        .radioAndTelevision(false).electricity(false).build();
    ExitAssessment a = HouseholdExitRules.compute(c, BOOK, LocalDate.of(2016, 7, 1));
    assertTrue(a.passed(), a.toString());
    assertEquals(List.of(ExitCriterion.INCOME, ExitCriterion.COMPULSORY_EDUCATION, ExitCriterion.BASIC_MEDICAL,
        ExitCriterion.SAFE_HOUSING), criteria(a));
  }

  @Test
  void aVillageWithoutACulturalRoomDoesNotExitUnderOneLowFiveHaves() {
    // incidence 20 / 1,000 = 2 % < 3 %; road, clinic, communications, collective income: yes; cultural room: no
    Village v = Village.builder().code(Fixtures.VILLAGE).name("test").registeredPopulation(1000)
        .hardenedRoad(true).clinic(true).broadband(true).collectiveIncome(Money.ofYuan(1)).build();
    ExitAssessment a = VillageExitRules.compute(VillageExitCase.builder().village(v).registeredPoorPersons(20)
        .culturalRoom(false).build(), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.CULTURAL_ROOM), a.failed());
  }

  @Test
  void aCountyWithATownshipWithoutAHealthCentreDoesNotExitUnderOneLowThreeHaves() {
    // incidence 2,000 / 100,000 = 2 % < 3 %; missed 1 / 100, wrong exits 1 / 100 < 2 %; approval 95 / 100 > 90 %
    CountyExitCase c = CountyExitCase.builder().county(Fixtures.BAZHOU).registeredPoorPersons(2000)
        .ruralRegisteredPopulation(100_000).assessment(AssessmentSample.builder().nonRegisteredSampled(100)
            .missedIdentification(1).exitedSampled(100).wrongExits(1).respondents(100).approving(95).build())
        .everyTownshipHasHealthCentre(false).build();
    ExitAssessment a = CountyExitRules.compute(c, BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCIDENCE, ExitCriterion.MISSED_IDENTIFICATION, ExitCriterion.WRONG_EXIT,
        ExitCriterion.PUBLIC_APPROVAL, ExitCriterion.TOWNSHIP_CENTRAL_SCHOOL, ExitCriterion.TOWNSHIP_HEALTH_CENTRE,
        ExitCriterion.TOWNSHIP_SERVICE_CENTRE), criteria(a));
    assertEquals(List.of(ExitCriterion.TOWNSHIP_HEALTH_CENTRE), a.failed());
  }

  @Test
  void anUnknownStandardIsRefusedAtTheParameter() {
    // refused when the overlay loads, at its line: the parameter's key is a choice of ExitStandard
    ValidationException e = assertThrows(ValidationException.class, () -> BOOK.withOverrides(List.of(new PolicyFile("standard.yaml", """
        parameters:
          exit.standard:
            values:
              "511902": [{from: 2019-01-01, value: HUNAN, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        """))));
    assertEquals("standard.yaml:4", e.violations().get(0).path());
    assertTrue(e.getMessage().contains("'HUNAN' is not one of [NATIONAL, SICHUAN]"), e.getMessage());
  }
}
