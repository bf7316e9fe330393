package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.jingzhun.eligibility.identification.Guarantees;
import org.jingzhun.planning.allocation.HouseholdNeed;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.population.Population;

/**
 * 基线缺口 — what the run without the plan's projects leaves: after its last year, each household
 * still registered poor, with the least uplift that takes its income strictly over the exit line
 * (line × exit multiple × members) — none if its income after transfers is over it already,
 * otherwise what its own income (income after transfers less dibao, which tops an income up and
 * falls as it rises) lacks — and the household guarantees it fails (safe water
 * only where the exit test asks for it). The stability of earlier years' incomes is not
 * looked at: a household whose last year passes but whose earlier years do not is counted as met
 * by the uplift, which the simulation may not confirm.
 */
final class BaselineNeeds {
  private final CampaignRun run;
  private final long poorPersonsAtEnd;

  BaselineNeeds(CampaignRun run, long poorPersonsAtEnd) {
    this.run = run;
    this.poorPersonsAtEnd = poorPersonsAtEnd;
  }

  /** {@return the poor persons at the end of the run without projects} */
  long poorPersonsAtEnd() {
    return poorPersonsAtEnd;
  }

  /** {@return the still-poor households of county village {@code v}, in index order, with their needs} */
  List<HouseholdNeed> of(int v) {
    int last = run.years.size() - 1;
    RegionRules r = run.rules[last][v];
    Population pop = run.population;
    boolean water = run.scenario.book().get(HouseholdExitRules.SAFE_WATER, run.villages.get(v).code(), r.date).flag();
    List<HouseholdNeed> out = new ArrayList<>();
    run.householdsOf(v).filter(pop::registeredPoor).forEach(h -> {
      long after = run.history[last + 1][h];
      long own = after - run.dibao[h];
      int members = pop.memberCount(h);
      BigDecimal limit = BigDecimal.valueOf(r.line.fen()).multiply(r.exitIncomeMultiple).multiply(BigDecimal.valueOf(members));
      BigDecimal shortfall = limit.subtract(BigDecimal.valueOf(own));
      boolean passes = BigDecimal.valueOf(after).compareTo(limit) > 0;
      long need = passes || shortfall.signum() < 0 ? 0 : shortfall.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
      out.add(HouseholdNeed.of(members, Money.ofFen(need), lacks(h, r, water)));
    });
    return out;
  }

  private Set<Guarantee> lacks(int h, RegionRules r, boolean water) {
    EnumSet<GuaranteeDeficit> deficits = Guarantees.deficits(YearRecord.of(run.population, h, 0, 0, 0, 0), r.date, r.schoolAge);
    Set<Guarantee> out = EnumSet.noneOf(Guarantee.class);
    for (GuaranteeDeficit d : deficits) {
      switch (d) {
        case UNSAFE_HOUSING -> out.add(Guarantee.HOUSING);
        case UNSAFE_WATER -> {
          if (water) {
            out.add(Guarantee.WATER);
          }
        }
        case CHILD_OUT_OF_SCHOOL -> out.add(Guarantee.SCHOOLING);
        case UNINSURED -> out.add(Guarantee.HEALTH);
      }
    }
    return out;
  }
}
