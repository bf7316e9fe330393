package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LinkedIncomeTest {
  private static final String WITH_LINKED = HouseholdValidationTest.GOOD.replace(
      "\"productionCosts\": \"800.00\"}",
      "\"productionCosts\": \"800.00\", \"property\": \"1500\", \"linked\": {\"dividends\": \"600\","
          + " \"collectiveAssets\": \"400\", \"orderPurchasing\": \"1200\", \"publicWelfareJobs\": \"4800\"}}");

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void theBreakdownIsReadFromJsonAndAddsNothingToTheIncome() {
    Income income = JingzhunJson.read(WITH_LINKED, Household.class).income();
    // gross 6000 + 2000 + 1500 = 9500, net 9500 − 800 = 8700, whatever the breakdown says
    assertEquals(Money.ofYuan("8700"), income.net());
    // property holds dividends and collective assets: 600 + 400 = 1000
    assertEquals(Money.ofYuan("1000"), income.linkedOrNone().within(IncomeSource.PROPERTY));
    assertEquals(Money.ofYuan("4800"), income.linkedOrNone().within(IncomeSource.WAGES));
  }

  @Test
  void aHouseholdWithoutTheBreakdownReadsAsBeforeAndWritesNoBreakdown() {
    Household h = JingzhunJson.read(HouseholdValidationTest.GOOD, Household.class);
    assertTrue(h.income().linked().isEmpty());
    assertFalse(JingzhunJson.write(h).contains("linked"));
    assertEquals(h, JingzhunJson.read(JingzhunJson.write(h), Household.class));
  }

  @Test
  void theBreakdownSurvivesAJsonRoundTrip() {
    Household h = JingzhunJson.read(WITH_LINKED, Household.class);
    assertEquals(h, JingzhunJson.read(JingzhunJson.write(h), Household.class));
  }

  @Test
  void aBreakdownLargerThanItsSourceIsRefusedAtItsPathInBothLanguages() {
    // property 1500 holds dividends 600 + collective assets 1000 = 1600 > 1500: both parts reported
    String json = WITH_LINKED.replace("\"collectiveAssets\": \"400\"", "\"collectiveAssets\": \"1000\"");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals(List.of("income.linked.dividends", "income.linked.collectiveAssets"), paths(e));
    String message = e.violations().get(0).message();
    assertTrue(message.contains("财产性收入") && message.contains("property income"), message);
  }

  @Test
  void aNegativePartIsRefusedAtItsPath() {
    String json = WITH_LINKED.replace("\"orderPurchasing\": \"1200\"", "\"orderPurchasing\": \"-1\"");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals(List.of("income.linked.orderPurchasing"), paths(e));
  }

  @Test
  void netExcludingTakesOutOnlyTheNamedParts() {
    Income income = JingzhunJson.read(WITH_LINKED, Household.class).income();
    // 8700 − public-welfare posts 4800 − dividends 600 = 3300
    assertEquals(Money.ofYuan("3300"),
        income.netExcluding(EnumSet.of(LinkedIncomeSource.PUBLIC_WELFARE_JOBS, LinkedIncomeSource.DIVIDENDS)));
    assertEquals(income.net(), income.netExcluding(Set.of()));
  }

  @Test
  void aBreakdownWithinItsSourcesIsAcceptedAndOneFenOverIsRefused() {
    qt().forAll(longs().between(0, 10_000_000L), longs().between(0, 10_000_000L)).checkAssert((wages, part) -> {
      LinkedIncome parts = LinkedIncome.builder().publicWelfareJobs(Money.ofFen(part)).build();
      Income.Builder b = Income.builder().wages(Money.ofFen(wages)).linked(parts);
      if (part <= wages) {
        assertEquals(Money.ofFen(part), b.build().linkedOrNone().within(IncomeSource.WAGES));
      } else {
        assertThrows(ValidationException.class, b::build);
      }
    });
  }

  @Test
  void anEmptyBreakdownHoldsNothingInAnySource() {
    LinkedIncome none = LinkedIncome.none();
    for (LinkedIncomeSource source : LinkedIncomeSource.values()) {
      assertEquals(Money.ZERO, none.amount(source), source.name());
    }
    assertEquals(Money.ofYuan("4800"), LinkedIncome.builder().publicWelfareJobs(Money.ofYuan("4800")).build()
        .amount(LinkedIncomeSource.PUBLIC_WELFARE_JOBS));
  }
}
