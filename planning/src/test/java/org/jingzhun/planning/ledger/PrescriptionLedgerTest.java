package org.jingzhun.planning.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/** The ledger of one household's prescription: the case of examples/cases/prescription.yaml. */
class PrescriptionLedgerTest {
  private static final RegionCode VILLAGE = RegionCode.of("511902105210");
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);
  // a dibao household of four with a boarder at junior middle school, Bazhou, December 2015
  private static final String CASE = """
      {"household": {"id": "511902105210-0007", "village": "511902105210",
        "members": [
          {"id": "P1", "birthDate": "1965-05-10", "relationship": "HEAD", "labourCapacity": "FULL", "insured": true},
          {"id": "P2", "birthDate": "1967-08-20", "relationship": "SPOUSE", "labourCapacity": "PARTIAL", "disabilityGrade": 2, "insured": true},
          {"id": "P3", "birthDate": "2005-03-01", "relationship": "CHILD", "labourCapacity": "NONE", "schoolStage": "JUNIOR_MIDDLE", "boarding": true, "insured": true},
          {"id": "P4", "birthDate": "1944-01-15", "relationship": "PARENT", "labourCapacity": "NONE", "health": "SERIOUS_ILLNESS", "insured": true}],
        "income": {"wages": "6000.00", "business": "1500.00", "transfers": "600.00", "productionCosts": "900.00"},
        "housing": "B", "safeDrinkingWater": true, "causes": ["ILLNESS", "DISABILITY"]}}
      """;

  private static HouseholdLedger ledger(PolicyBook book) {
    Prescription p = PrescriptionRules.compute(JingzhunJson.read(CASE, PrescriptionCase.class), book, DATE);
    return PrescriptionLedger.of(p, VILLAGE, book, EntitlementRegistry.standard());
  }

  @Test
  void monthlyDibaoIsTwelveEntriesAndYearlyAidOneEach() {
    HouseholdLedger ledger = ledger(PolicyBook.shipped());
    // dibao 190 × 4 − 7,200 / 12 = 160.00 a month: 12 entries from 2015-12-01 to 2016-11-01;
    // the boarder's living allowance 1,250 and nutrition 800 a year: one entry each on 2015-12-01;
    // the premium subsidy (资助参保) of each of the 4 members, one entry each;
    // the fee waiver of 0.00 makes no entry: 12 + 2 + 4 = 18
    assertEquals(18, ledger.entries().size());
    List<LedgerEntry> dibao = ledger.entries().stream().filter(e -> e.programme().equals("DIBAO_TOP_UP")).toList();
    assertEquals(12, dibao.size());
    assertEquals(LocalDate.of(2015, 12, 1), dibao.get(0).date());
    assertEquals(LocalDate.of(2016, 11, 1), dibao.get(11).date());
    assertTrue(dibao.stream().allMatch(e -> e.amount().equals(Money.ofYuan("160.00"))));
  }

  @Test
  void balancesByFundAddUpToThePrescriptionsYearlyTotal() {
    HouseholdLedger ledger = ledger(PolicyBook.shipped());
    // social assistance 160 × 12 = 1,920.00; student aid 1,250 + 800 = 2,050.00; medical assistance:
    // the premium subsidy, the 2015 personal premium 120 × Sichuan's dibao share 0.5 = 60.00 a member,
    // × 4 = 240.00; 1,920 + 2,050 + 240 = 4,210.00, the prescription's yearly total
    assertEquals(Money.ofYuan("1920.00"), ledger.balances().get("social-assistance"));
    assertEquals(Money.ofYuan("2050.00"), ledger.balances().get("student-aid"));
    assertEquals(Money.ofYuan("240.00"), ledger.balances().get("medical-assistance"));
    assertEquals(Money.ofYuan("4210.00"), ledger.total());
    assertEquals(ledger.total(), Money.sum(ledger.balances().values()));
    assertEquals(ledger.balances(), ledger.balancesOf("511902105210-0007"));
  }

  @Test
  void eachEntryNamesItsRuleAndTheParametersItRead() {
    LedgerEntry first = ledger(PolicyBook.shipped()).entries().get(0);
    assertEquals("dibao", first.rule());
    assertTrue(first.parameters().stream().anyMatch(p -> p.startsWith("dibao.")), first.parameters().toString());
    assertTrue(first.parameters().contains("ledger.funding@000000 since 2014-01-01"), first.parameters().toString());
  }

  @Test
  void theLedgerRoundTripsThroughJson() {
    HouseholdLedger ledger = ledger(PolicyBook.shipped());
    String json = JingzhunJson.write(ledger);
    assertEquals(ledger, JingzhunJson.read(json, HouseholdLedger.class));
    assertTrue(json.contains("\"balances\""), json);
  }

  @Test
  void aPaymentWithoutAFundIsRefusedNamingTheParameter() {
    PolicyBook book = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("no-dibao-fund.yaml", """
        sources:
          test: {issuer: 测试, title: 测试, confidence: ESTIMATED, note: "method: a test"}
        parameters:
          ledger.funding:
            values:
              "511902":
                - {from: 2014-01-01, source: test, value: {EDUCATION_LIVING_ALLOWANCE: student-aid}}
        """)));
    ValidationException e = assertThrows(ValidationException.class, () -> ledger(book));
    assertEquals("ledger.funding", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("资金来源"), e.getMessage());
  }

  @Test
  void anOfficialOnlyBookRefusesTheEstimatedFunding() {
    PolicyBook official = PolicyBook.shipped().officialOnly();
    Prescription p = PrescriptionRules.compute(JingzhunJson.read(CASE, PrescriptionCase.class), PolicyBook.shipped(), DATE);
    assertThrows(ValidationException.class, () -> PrescriptionLedger.of(p, VILLAGE, official, EntitlementRegistry.standard()));
  }
}
