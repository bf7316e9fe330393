package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;

/**
 * 村年度情况 — one village at the end of one year of a run: its registered poor households and
 * persons, its poverty incidence (poor persons / rural registered population, to four decimal
 * places half-up, for display; exit tests compare exactly), and whether it is a poor village
 * delisted by then and in that year.
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

  /** {@return a builder of a new {@link VillageYear}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a village year. */
  public static final class Builder extends ImmutableVillageYear.Builder {}
}
