package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.medical.Payer;

/**
 * 年度结果 — one year of a campaign run, as of its evaluation date: the registered poor at the
 * end of the year; those newly identified, returning (exited and poor again) and exited in the
 * year, exits by their primary batch; the shocks drawn; every village and the county; and the
 * spending by programme, by funding source (the plan's grants) and by medical payer. All money
 * exact, in fen.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearResult.class)
@JsonDeserialize(as = ImmutableYearResult.class)
public abstract class YearResult {

  public abstract int year();

  public abstract LocalDate evaluationDate();

  /** 贫困户 — registered poor households not exited, at the end of the year. */
  public abstract long poorHouseholds();

  /** 贫困人口 — their members. */
  public abstract long poorPersons();

  /** 新识别 — households identified poor in the year that were never registered. */
  public abstract long newPoorHouseholds();

  public abstract long newPoorPersons();

  /** 返贫 — exited households identified poor again in the year. */
  public abstract long returningHouseholds();

  public abstract long returningPersons();

  /** 脱贫 — registered poor households that passed the exit test in the year. */
  public abstract long exitedHouseholds();

  public abstract long exitedPersons();

  /** Exited households by the primary batch of the five batches, every batch listed. */
  public abstract Map<FiveBatch, Long> exitsByBatch();

  /** Households that had an illness shock (an inpatient bill) in the year. */
  public abstract long illnessShocks();

  /** Households that had a disaster in the year. */
  public abstract long disasterShocks();

  /** Every village of the county, in the county's order. */
  public abstract List<VillageYear> villages();

  /** Poor villages delisted in the year. */
  public abstract long villagesDelistedThisYear();

  /** Poor villages delisted by the end of the year. */
  public abstract long villagesDelisted();

  public abstract CountyYear county();

  /** Spending by programme, in the order of {@link Programme}; loans only when simulated. */
  public abstract Map<Programme, Money> spendingByProgramme();

  /** The plan's grants of the year by funding source, in the plan's order. */
  public abstract Map<String, Money> spendingBySource();

  /** What each payer of the medical cascade paid, in the order of {@link Payer}. */
  public abstract Map<Payer, Money> medicalByPayer();

  /** The total of every programme's spending. */
  public final Money totalSpending() {
    return Money.sum(spendingByProgramme().values());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year result. */
  public static final class Builder extends ImmutableYearResult.Builder {}
}
