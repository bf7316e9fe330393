package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.planning.scenario.ComparisonResult;
import org.jingzhun.planning.scenario.MicrocreditAssumptions;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.scenario.ScenarioComparison;
import org.junit.jupiter.api.Test;

class MicrocreditProperties {
  /** Monthly equal instalments with defaults: every kind of history the shared computation must reproduce. */
  private static final MicrocreditAssumptions LOANS = MicrocreditDistricts.loan().takeUpShare(Share.parse("0.3"))
      .repayment(RepaymentMethod.EQUAL_INSTALMENTS).frequency(Frequency.MONTHLY).defaultRate(Share.parse("0.05")).build();
  private static final Scenario WITH_LOANS = MicrocreditDistricts.generated(4, 3_000, 17, LOANS);
  private static final Scenario WITHOUT = Scenario.builder().from(WITH_LOANS)
      .assumptions(org.jingzhun.planning.scenario.Assumptions.builder().from(WITH_LOANS.assumptions())
          .microcredit(Optional.empty()).build()).build();

  private static String json(Object r) {
    return JingzhunJson.write(r);
  }

  @Test
  void theSubsidySharedByLoansOfTheSameTermsEqualsTheSubsidyComputedForEachLoanAlone() {
    CampaignRun run = new CampaignRun(WITH_LOANS, EntitlementRegistry.standard());
    MicrocreditLoans loans = (MicrocreditLoans) run.loans;
    int years = run.years.size();
    qt().withExamples(300).forAll(integers().between(0, run.population.size() - 1), integers().between(0, years - 1),
        integers().between(-1, LOANS.termYears() - 1)).checkAssert((h, start, k) -> {
          int d = k < 0 || start + k >= years ? -1 : start + k;
          loans.lend(h, start, d);
          int village = run.countyVillage[run.population.villageIndex(h)];
          String id = run.population.householdId(h);
          for (int y = 0; y < years; y++) {
            assertEquals(loans.ownSubsidyFen(y, h, village, "loan of " + id, id), loans.sharedSubsidyFen(y, h, village),
                "household " + h + " paid out in year index " + start + ", default " + d + ", year index " + y);
          }
        });
  }

  @Test
  void twoRunsWithLoansAndDefaultsGiveByteIdenticalJson() {
    assertEquals(json(CampaignSimulation.run(WITH_LOANS)), json(CampaignSimulation.run(WITH_LOANS)));
  }

  @Test
  void oneThreadAndFourThreadsDrawTheSameLoans() {
    assertEquals(json(CampaignSimulation.run(WITH_LOANS, ProgressListener.none(), 1)),
        json(CampaignSimulation.run(WITH_LOANS, ProgressListener.none(), 4)));
  }

  @Test
  void loansAreTakenAndTheirSubsidyIsReportedUnderTheLoanProgramme() {
    CampaignResult r = CampaignSimulation.run(WITH_LOANS);
    assertTrue(r.years().stream().allMatch(y -> y.spendingByProgramme().get(Programme.LOAN_INTEREST_SUBSIDY).isPositive()));
  }

  @Test
  void withTakeUpZeroTheRunEqualsTheRunWithoutLoansButForTheZeroLoanLine() {
    Scenario none = MicrocreditDistricts.generated(4, 3_000, 17, MicrocreditAssumptions.builder().from(LOANS)
        .takeUpShare(Share.ZERO).build());
    CampaignResult zero = CampaignSimulation.run(none);
    CampaignResult without = CampaignSimulation.run(WITHOUT);
    assertEquals(without.years().size(), zero.years().size());
    for (int i = 0; i < zero.years().size(); i++) {
      YearResult z = zero.years().get(i);
      assertEquals(Money.ZERO, z.spendingByProgramme().get(Programme.LOAN_INTEREST_SUBSIDY));
      Map<Programme, Money> rest = new HashMap<>(z.spendingByProgramme());
      rest.remove(Programme.LOAN_INTEREST_SUBSIDY);
      assertEquals(json(without.years().get(i)), json(YearResult.builder().from(z).spendingByProgramme(rest).build()));
    }
    assertEquals(without.allocation(), zero.allocation());
  }

  @Test
  void theComparisonReportsTheLoanSubsidyOfAReformThatAddsMicrocredit() {
    ComparisonResult c = ScenarioComparison.compare(WITHOUT, WITH_LOANS);
    c.years().forEach(y -> {
      assertEquals(Money.ZERO, y.spendingByProgramme().get(Programme.LOAN_INTEREST_SUBSIDY).baseline());
      assertTrue(y.spendingByProgramme().get(Programme.LOAN_INTEREST_SUBSIDY).reform().isPositive());
    });
  }
}
