package org.jingzhun.eligibility.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class EducationRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  private static Household withStudent(SchoolStage stage, boolean boarding) {
    return Fixtures.household("1000", 1).addMembers(Fixtures.child("C1", LocalDate.of(2008, 1, 1))
        .schoolStage(stage).boarding(boarding).build()).build();
  }

  @Test
  void aPrimaryBoarderGetsTheWaiverTheAllowanceAndNutrition() {
    List<EducationEntitlement> e = EducationRules.compute(withStudent(SchoolStage.PRIMARY, true), BOOK, DATE);
    assertEquals(List.of(EducationAid.FEE_WAIVER, EducationAid.LIVING_ALLOWANCE, EducationAid.NUTRITION),
        e.stream().map(EducationEntitlement::aid).toList());
    // boarder 1,000 a year, two terms of 500; nutrition 800
    assertEquals(Money.ofYuan(1000), e.get(1).yearly());
    assertEquals(List.of(Money.ofYuan(500), Money.ofYuan(500)), e.get(1).perTerm());
    assertEquals(Money.ofYuan(800), e.get(2).yearly());
  }

  @Test
  void aJuniorMiddleDayPupilGets625SplitIntoTwoTerms() {
    EducationEntitlement allowance = EducationRules.compute(withStudent(SchoolStage.JUNIOR_MIDDLE, false), BOOK, DATE).get(1);
    assertEquals(Money.ofYuan(625), allowance.yearly());
    assertEquals(List.of(Money.ofYuan("312.50"), Money.ofYuan("312.50")), allowance.perTerm());
  }

  @Test
  void theHigherEducationGrantRisesFromTheSpringTermOf2019() {
    assertEquals(Money.ofYuan(3000), EducationRules.compute(withStudent(SchoolStage.HIGHER, false), BOOK, LocalDate.of(2019, 2, 28)).get(0).yearly());
    assertEquals(Money.ofYuan(3300), EducationRules.compute(withStudent(SchoolStage.HIGHER, false), BOOK, LocalDate.of(2019, 3, 1)).get(0).yearly());
  }

  @Test
  void theSeniorHighGrantIs1500UntilTheSpringTermOf2015Then2000() {
    assertEquals(Money.ofYuan(1500), EducationRules.compute(withStudent(SchoolStage.SENIOR_HIGH, false), BOOK, LocalDate.of(2015, 2, 28)).stream().filter(a -> a.aid() == EducationAid.NATIONAL_GRANT).findFirst().orElseThrow().yearly());
    assertEquals(Money.ofYuan(2000), EducationRules.compute(withStudent(SchoolStage.SENIOR_HIGH, false), BOOK, LocalDate.of(2015, 3, 1)).stream().filter(a -> a.aid() == EducationAid.NATIONAL_GRANT).findFirst().orElseThrow().yearly());
  }

  @Test
  void aStudentInHigherEducationMayBorrowUpTo8000WithInterestSubsidised() {
    EducationEntitlement loan = EducationRules.compute(withStudent(SchoolStage.HIGHER, false), BOOK, DATE).get(1);
    assertEquals(EducationAid.STUDENT_LOAN_INTEREST_SUBSIDY, loan.aid());
    assertEquals(Optional.of(Money.ofYuan(8000)), loan.loanLimit());
  }

  @Test
  void aPreschoolChildGetsTheWaiverAndSichuansPreschoolSubsidy() {
    List<EducationEntitlement> e = EducationRules.compute(withStudent(SchoolStage.PRESCHOOL, false), BOOK, DATE);
    assertEquals(List.of(EducationAid.FEE_WAIVER, EducationAid.PRESCHOOL_SUBSIDY), e.stream().map(EducationEntitlement::aid).toList());
    // Sichuan's estimate: 500 a year, two terms of 250
    assertEquals(Money.ofYuan(500), e.get(1).yearly());
    assertEquals(List.of(Money.ofYuan(250), Money.ofYuan(250)), e.get(1).perTerm());
  }

  @Test
  void aVocationalStudentGetsTheRainAndDewSubsidyBesideTheNationalGrant() {
    List<EducationEntitlement> e = EducationRules.compute(withStudent(SchoolStage.SECONDARY_VOCATIONAL, false), BOOK, DATE);
    assertEquals(List.of(EducationAid.FEE_WAIVER, EducationAid.NATIONAL_GRANT, EducationAid.RAIN_AND_DEW),
        e.stream().map(EducationEntitlement::aid).toList());
    // grant 2,000; Rain and Dew 3,000 a year, 1,500 a term
    assertEquals(Money.ofYuan(2000), e.get(1).yearly());
    assertEquals(List.of(Money.ofYuan(1500), Money.ofYuan(1500)), e.get(2).perTerm());
  }

  @Test
  void aStudentInHigherEducationMayBeAwardedTheScholarshipWhichHasNoAmountOfItsOwn() {
    EducationEntitlement s = EducationRules.compute(withStudent(SchoolStage.HIGHER, false), BOOK, DATE).get(2);
    assertEquals(EducationAid.SCHOLARSHIP, s.aid());
    // awarded on merit: 0 in the prescription, 5,000 a year if awarded
    assertEquals(Money.ZERO, s.yearly());
    assertEquals(Optional.of(Money.ofYuan(5000)), s.scholarshipIfAwarded());
  }

  @Test
  void anEntitlementRoundTripsThroughJson() {
    EducationEntitlement e = EducationRules.compute(withStudent(SchoolStage.HIGHER, false), BOOK, DATE).get(1);
    assertEquals(e, JingzhunJson.read(JingzhunJson.write(e), EducationEntitlement.class));
  }

  @Test
  void zeroTermsAYearIsRejectedWithTheParameterPath() {
    PolicyBook book = BOOK.withOverrides(List.of(new PolicyFile("terms.yaml", """
        parameters:
          education.terms-per-year:
            values:
              "511902": [{from: 2019-01-01, value: 0, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        """)));
    ValidationException e = assertThrows(ValidationException.class, () -> EducationRules.resolve(book, Fixtures.VILLAGE, DATE));
    String path = e.violations().get(0).path();
    assertTrue(path.startsWith("education.terms-per-year[511902"), path);
  }
}
