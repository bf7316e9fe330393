package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;

/**
 * 村年度情况 — one village at the end of one year of a run: its registered poor households and
 * persons, its poverty incidence (poor persons / rural registered population, to four decimal
 * places half-up, for display; exit tests compare exactly), and whether it is a poor village
 * delisted by then and in that year; the year's flows (newly identified, returning, exited), its
 * dibao recipients and what the household programmes paid in it, exact in fen. The figures
 * added after the first release default to zero when read from older JSON.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageYear.class)
@JsonDeserialize(as = ImmutableVillageYear.class)
public abstract class VillageYear {

  /** {@return the village's twelve-digit code} */
  public abstract RegionCode village();

  /** {@return the village's registered poor households not exited, at the end of the year} */
  public abstract long poorHouseholds();

  /** {@return the members of those households} */
  public abstract long poorPersons();

  /** {@return the village's rural registered population} */
  public abstract int registeredPopulation();

  /** {@return 贫困发生率 — for display, four decimal places} */
  public abstract BigDecimal incidence();

  /** {@return 贫困村 — whether the village is a registered poor village} */
  public abstract boolean poorVillage();

  /** {@return 已退出 — whether the poor village has been delisted by the end of the year} */
  public abstract boolean delisted();

  /** {@return whether it was delisted in this year} */
  public abstract boolean delistedThisYear();

  /** {@return 建档立卡户 — households registered (poor or exited) at the end of the year} */
  @Value.Default
  public long registeredHouseholds() {
    return 0;
  }

  /** {@return the members of those households} */
  @Value.Default
  public long registeredPersons() {
    return 0;
  }

  /** {@return 新识别 — households of the village identified poor in the year that were never registered} */
  @Value.Default
  public long newPoorHouseholds() {
    return 0;
  }

  /** {@return their members} */
  @Value.Default
  public long newPoorPersons() {
    return 0;
  }

  /** {@return 返贫 — exited households of the village identified poor again in the year} */
  @Value.Default
  public long returningHouseholds() {
    return 0;
  }

  /** {@return their members} */
  @Value.Default
  public long returningPersons() {
    return 0;
  }

  /** {@return 脱贫 — registered poor households of the village that passed the exit test in the year} */
  @Value.Default
  public long exitedHouseholds() {
    return 0;
  }

  /** {@return their members} */
  @Value.Default
  public long exitedPersons() {
    return 0;
  }

  /** {@return 低保户 — households paid a dibao top-up (or extreme-poverty support) in the year} */
  @Value.Default
  public long dibaoHouseholds() {
    return 0;
  }

  /** {@return their members} */
  @Value.Default
  public long dibaoPersons() {
    return 0;
  }

  /**
   * {@return what the household programmes paid in the village in the year: {@link Programme#DIBAO},
   * {@link Programme#MEDICAL}, {@link Programme#EDUCATION} and {@link Programme#HOUSING}, in that
   * order (projects and loan subsidies are the county's); empty when read from older JSON}
   */
  public abstract Map<Programme, Money> spendingByProgramme();

  /** {@return a builder of a new {@link VillageYear}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a village year. */
  public static final class Builder extends ImmutableVillageYear.Builder {}
}
