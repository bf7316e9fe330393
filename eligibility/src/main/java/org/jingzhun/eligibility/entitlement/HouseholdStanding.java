package org.jingzhun.eligibility.entitlement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.eligibility.identification.Identification;

/**
 * 户情 — what every entitlement programme may read of one household on one date: the household,
 * its identification, whether it is poor (identified now, or registered and not exited), whether
 * it is an extreme-poverty household (特困), and its relocation if it is relocated.
 */
public final class HouseholdStanding {
  private final Household household;
  private final LocalDate date;
  private final Identification identification;
  private final Optional<RelocationPlan> relocation;
  private final boolean poor;
  private final boolean extreme;

  private HouseholdStanding(Household household, LocalDate date, Identification identification,
      Optional<RelocationPlan> relocation) {
    this.household = Objects.requireNonNull(household, "household");
    this.date = Objects.requireNonNull(date, "date");
    this.identification = Objects.requireNonNull(identification, "identification");
    this.relocation = Objects.requireNonNull(relocation, "relocation");
    this.poor = identification.poor() || household.isRegisteredPoor();
    this.extreme = identification.category().map(k -> k == PovertyCategory.EXTREME_POVERTY_SUPPORT).orElse(false)
        || (household.isRegisteredPoor()
            && household.registration().get().category() == PovertyCategory.EXTREME_POVERTY_SUPPORT);
  }

  /**
   * {@return the standing of {@code household} on {@code date}}
   *
   * @param household the household
   * @param date the day the programmes are applied for
   * @param identification the household's identification on that day
   * @param relocation its relocation, if it is relocated
   */
  public static HouseholdStanding of(Household household, LocalDate date, Identification identification,
      Optional<RelocationPlan> relocation) {
    return new HouseholdStanding(household, date, identification, relocation);
  }

  /** {@return the household} */
  public Household household() {
    return household;
  }

  /** {@return the day the programmes are applied for} */
  public LocalDate date() {
    return date;
  }

  /** {@return the household's identification on that day} */
  public Identification identification() {
    return identification;
  }

  /** {@return the household's relocation, if it is relocated} */
  public Optional<RelocationPlan> relocation() {
    return relocation;
  }

  /** {@return whether the household is poor: identified poor now, or registered poor and not exited} */
  public boolean poor() {
    return poor;
  }

  /**
   * {@return whether the household is an extreme-poverty (特困) household: identified as one now, or
   * registered as one and not exited}
   */
  public boolean extreme() {
    return extreme;
  }
}
