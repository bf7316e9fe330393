package org.jingzhun.examples.calculation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.examples.allocation.MoneyAllocations;
import org.jingzhun.examples.campaign.CampaignCalculations;
import org.jingzhun.examples.eligibility.EligibilityCalculations;
import org.jingzhun.examples.ledger.LedgerCalculations;
import org.jingzhun.examples.summary.HouseholdSummaries;

/**
 * 计算目录 — the calculations the command line offers, by name, in the order registered.
 * Subcommands and {@code jingzhun check} both look calculations up here.
 */
public final class Calculations {
  private final ImmutableMap<String, Calculation<?, ?>> byName;

  private Calculations(Map<String, Calculation<?, ?>> byName) {
    this.byName = ImmutableMap.copyOf(byName);
  }

  /**
   * Every calculation the program ships. Add a library calculation here, with one line; it
   * becomes a subcommand and a calculation that case files can name.
   */
  public static Calculations shipped() {
    return of(ImmutableList.<Calculation<?, ?>>builder()
        .add(HouseholdSummaries.CALCULATION, MoneyAllocations.CALCULATION)
        .addAll(EligibilityCalculations.ALL)
        .add(LedgerCalculations.LEDGER)
        .addAll(FinanceCalculations.all())
        .addAll(CampaignCalculations.all())
        .build());
  }

  /**
   * A registry of {@code calculations}.
   *
   * @throws IllegalArgumentException if two have the same name
   */
  public static Calculations of(Collection<? extends Calculation<?, ?>> calculations) {
    Map<String, Calculation<?, ?>> map = new LinkedHashMap<>();
    for (Calculation<?, ?> c : calculations) {
      checkArgument(map.put(c.name(), c) == null, "two calculations are named %s", c.name());
    }
    return new Calculations(map);
  }

  /** The calculation named {@code name}, if registered. */
  public Optional<Calculation<?, ?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every calculation by name, in the order registered. */
  public ImmutableMap<String, Calculation<?, ?>> all() {
    return byName;
  }
}
