package org.jingzhun.planning.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.HouseholdTransfers;
import org.jingzhun.planning.simulation.ProgressListener;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.SimulationFixtures;
import org.jingzhun.planning.simulation.YearResult;
import org.junit.jupiter.api.Test;

/** A campaign's household ledger against the run's own totals: generated districts of Bazhou. */
class CampaignLedgerTest {

  /** Every household's transfers of each year, as the run reports them (the ledger's listener). */
  private static final class Transfers implements ProgressListener {
    final Map<String, Long> fen = new HashMap<>();
    private final Scenario scenario;

    Transfers(Scenario scenario) {
      this.scenario = scenario;
    }

    @Override
    public void yearCompleted(YearResult result, int yearsDone, int yearsTotal) {}

    @Override
    public void householdTransfers(int year, HouseholdTransfers transfers) {
      for (int h = 0; h < transfers.size(); h++) {
        fen.merge(year + "/" + scenario.population().householdId(h), transfers.transfersFen(h), Long::sum);
      }
    }
  }

  private record Run(Scenario scenario, CampaignResult result, HouseholdLedger ledger, Transfers transfers) {}

  private static Run run(long seed) {
    Scenario scenario = SimulationFixtures.generated(4, 400, seed).build();
    Transfers transfers = new Transfers(scenario);
    CampaignLedger recorder = CampaignLedger.recording(scenario, EntitlementRegistry.standard(), transfers);
    CampaignResult result = CampaignSimulation.run(scenario, recorder, 2);
    return new Run(scenario, result, recorder.ledger(), transfers);
  }

  @Test
  void theLedgerReconcilesWithTheFundsTotalsOfEveryYear() {
    Run run = run(17L);
    FundReconciliation r = FundReconciliation.of(run.ledger(), run.result(), run.scenario().book(), run.scenario().county().code());
    assertTrue(r.reconciles(), r.differences().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.fund().equals("social-assistance") && l.books().isPositive()), r.lines().toString());
    assertTrue(r.lines().stream().anyMatch(l -> l.fund().equals("medical-assistance") && l.books().isPositive()), r.lines().toString());
  }

  @Test
  void theLedgerTotalIsEveryHouseholdProgrammesSpending() {
    Run run = run(5L);
    Money spent = Money.ZERO;
    for (YearResult y : run.result().years()) {
      for (Programme p : new Programme[] {Programme.DIBAO, Programme.MEDICAL, Programme.EDUCATION, Programme.HOUSING,
          Programme.OTHER_ENTITLEMENTS}) {
        spent = spent.plus(y.spendingByProgramme().getOrDefault(p, Money.ZERO));
      }
    }
    assertTrue(spent.isPositive());
    assertEquals(spent, run.ledger().total());
  }

  @Test
  void eachHouseholdsEntriesOfAYearAreItsTransfersOfThatYear() {
    Run run = run(9L);
    Map<String, Long> ledger = new HashMap<>();
    run.ledger().entries().forEach(e -> ledger.merge(e.date().getYear() + "/" + e.householdId(), e.amount().fen(), Long::sum));
    run.transfers().fen.forEach((key, fen) -> assertEquals(fen, ledger.getOrDefault(key, 0L), key));
    assertFalse(ledger.isEmpty());
  }

  @Test
  void anyDistrictsLedgerReconcilesAndItsBalancesAddUpToItsTotal() {
    qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
      Run run = run(seed);
      HouseholdLedger ledger = run.ledger();
      assertEquals(ledger.total(), Money.sum(ledger.balances().values()));
      assertTrue(FundReconciliation.of(ledger, run.result(), run.scenario().book(), run.scenario().county().code()).reconciles());
    });
  }

  @Test
  void aRunWithoutTheLedgerKeepsNoDetail() {
    Scenario scenario = SimulationFixtures.generated(2, 50, 3L).build();
    boolean[] detailed = {true};
    CampaignSimulation.run(scenario, new ProgressListener() {
      @Override
      public void yearCompleted(YearResult result, int yearsDone, int yearsTotal) {}

      @Override
      public void householdTransfers(int year, HouseholdTransfers transfers) {
        detailed[0] &= transfers.detailed();
      }
    }, 1);
    assertFalse(detailed[0]);
  }
}
