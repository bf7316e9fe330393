package org.jingzhun.examples.demo;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.examples.district.DemoAssumptions;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.planning.ledger.CampaignLedger;
import org.jingzhun.planning.ledger.HouseholdLedger;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.ProgressListener;

/**
 * 演示运行 — one run of the demonstration: the district generated from a seed, the scenario
 * under a book and the demonstration assumptions, and the campaign's result. SYNTHETIC DATA.
 *
 * @param district the generated district
 * @param assumptions the assumptions with their notes
 * @param policyFiles the reform files laid on the demonstration book, as named by the user
 * @param result the campaign run
 * @param ledger every household's ledger of the run, when asked for
 */
public record DemoRun(DemonstrationDistrict district, DemoAssumptions assumptions, ImmutableList<String> policyFiles,
    CampaignResult result, Optional<HouseholdLedger> ledger) {

  /** The district of {@code households} households from {@code seed}. */
  public static DemonstrationDistrict district(long seed, int households) {
    return DistrictGenerator.shipped().generate(seed, households);
  }

  /**
   * Runs {@code district} through its plan's years under {@code book}, stepping
   * {@code progress} once a year.
   */
  public static DemoRun run(DemonstrationDistrict district, PolicyBook book, ImmutableList<String> policyFiles, Progress progress) {
    return run(district, book, policyFiles, progress, false);
  }

  /**
   * Runs {@code district} through its plan's years under {@code book}, stepping
   * {@code progress} once a year, and records every household's ledger if {@code ledger}.
   */
  public static DemoRun run(DemonstrationDistrict district, PolicyBook book, ImmutableList<String> policyFiles, Progress progress,
      boolean ledger) {
    long seed = district.seed();
    int households = district.population().size();
    DemoAssumptions assumptions = DemoAssumptions.shipped();
    Scenario scenario = Scenario.builder()
        .name("演示区 demonstration district (SYNTHETIC), seed " + seed + ", " + households + " households")
        .county(district.county()).population(district.population()).book(book).plan(district.plan())
        .assumptions(assumptions.assumptions()).seed(seed).targets(district.targets()).build();
    ProgressListener steps = (year, done, total) -> progress.step();
    if (!ledger) {
      return new DemoRun(district, assumptions, policyFiles, CampaignSimulation.run(scenario, steps), Optional.empty());
    }
    CampaignLedger recorder = CampaignLedger.recording(scenario, EntitlementRegistry.standard(), steps);
    CampaignResult result = CampaignSimulation.run(scenario, recorder);
    return new DemoRun(district, assumptions, policyFiles, result, Optional.of(recorder.ledger()));
  }

}
