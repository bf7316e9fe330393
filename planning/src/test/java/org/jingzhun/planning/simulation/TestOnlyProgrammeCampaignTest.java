package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A programme that exists only in this test enters the campaign with no change to planning: given
 * to the run in its registry, it grants every registered household each year, its spending is
 * reported by kind and under {@link Programme#OTHER_ENTITLEMENTS}, and nothing else of the run
 * moves (a grant paid once is not income, so no household's year changes).
 */
class TestOnlyProgrammeCampaignTest {
  /** 冬衣补助（测试） — once a year to each registered household: one month of the dibao standard per person. */
  private static final EntitlementKind WINTER_CLOTHING =
      EntitlementKind.of("TEST_WINTER_CLOTHING", "冬衣补助（测试）", "winter clothing grant (test)", Payment.ONE_OFF);

  /** The test's programme: object path only, so the campaign also runs a programme without the facts path. */
  private static final class WinterClothing extends DeclaredProgramme {
    WinterClothing() {
      super(Term.of("test.winter-clothing", "冬衣补助（测试）", "winter clothing grant (test)"), List.of(WINTER_CLOTHING),
          DibaoRules::need);
    }

    @Override
    public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
      Money standard = DibaoRules.resolve(book, region, date).standardMonthly();
      return (h, trace, grants) -> grants.grant(WINTER_CLOTHING, standard.times(h.household().members().size()));
    }
  }

  @Test
  void aProgrammeGivenInTheRegistryGrantsEveryRegisteredHouseholdAndMovesNothingElse() {
    Scenario s = GeneratedDistricts.scenario(2, 300, 41L).build();
    CampaignResult standard = CampaignSimulation.run(s, EntitlementRegistry.standard(), ProgressListener.none(), Runnable::run);
    CampaignResult with = CampaignSimulation.run(s, EntitlementRegistry.standard().with(new WinterClothing()),
        ProgressListener.none(), Runnable::run);
    assertEquals(standard.years().size(), with.years().size());
    for (int y = 0; y < with.years().size(); y++) {
      YearResult a = standard.years().get(y);
      YearResult b = with.years().get(y);
      Money granted = b.spendingByKind().get(WINTER_CLOTHING.id());
      assertTrue(granted.isPositive(), "granted in " + b.year());
      // the standard registry's kinds are as without the programme, and the new one is other spending
      for (String kind : a.spendingByKind().keySet()) {
        assertEquals(a.spendingByKind().get(kind), b.spendingByKind().get(kind), kind + " in " + b.year());
      }
      assertEquals(a.spendingByProgramme().get(Programme.OTHER_ENTITLEMENTS).plus(granted),
          b.spendingByProgramme().get(Programme.OTHER_ENTITLEMENTS));
      assertEquals(a.poorPersons(), b.poorPersons());
      assertEquals(a.exitedHouseholds(), b.exitedHouseholds());
    }
  }

  @Test
  void theProgrammeGrantsEachHouseholdRegisteredAtTheStartOfTheYearItsMembersMonthOfTheStandard() {
    Scenario s = GeneratedDistricts.scenario(1, 200, 7L).build();
    CampaignResult with = CampaignSimulation.run(s, EntitlementRegistry.standard().with(new WinterClothing()),
        ProgressListener.none(), Runnable::run);
    // the first year's grant: the persons of the households registered before the run, each given
    // one month of the standard in force on the year's evaluation day
    long persons = 0;
    for (int h = 0; h < s.population().size(); h++) {
      persons += s.population().registered(h) ? s.population().memberCount(h) : 0;
    }
    YearResult first = with.years().get(0);
    Money standard = DibaoRules.resolve(s.book(), s.population().village(0), first.evaluationDate()).standardMonthly();
    assertEquals(standard.times(persons), first.spendingByKind().get(WINTER_CLOTHING.id()));
  }
}
