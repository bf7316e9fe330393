package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.assessment.AssessmentRollUp;

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

  /** {@return the year} */
  public abstract int year();

  /** {@return the day the year's rules were evaluated on} */
  public abstract LocalDate evaluationDate();

  /** {@return 贫困户 — registered poor households not exited, at the end of the year} */
  public abstract long poorHouseholds();

  /** {@return 贫困人口 — their members} */
  public abstract long poorPersons();

  /** {@return 新识别 — households identified poor in the year that were never registered} */
  public abstract long newPoorHouseholds();

  /** {@return their members} */
  public abstract long newPoorPersons();

  /** {@return 返贫 — exited households identified poor again in the year} */
  public abstract long returningHouseholds();

  /** {@return their members} */
  public abstract long returningPersons();

  /** {@return 脱贫 — registered poor households that passed the exit test in the year} */
  public abstract long exitedHouseholds();

  /** {@return their members} */
  public abstract long exitedPersons();

  /** {@return exited households by the primary batch of the five batches, every batch listed} */
  public abstract Map<FiveBatch, Long> exitsByBatch();

  /** {@return households that had an illness shock (an inpatient bill) in the year} */
  public abstract long illnessShocks();

  /** {@return households that had a disaster in the year} */
  public abstract long disasterShocks();

  /** {@return every village of the county, in the county's order} */
  public abstract List<VillageYear> villages();

  /** {@return poor villages delisted in the year} */
  public abstract long villagesDelistedThisYear();

  /** {@return poor villages delisted by the end of the year} */
  public abstract long villagesDelisted();

  /** {@return the county at the end of the year: its incidence and exit test} */
  public abstract CountyYear county();

  /**
   * {@return spending by programme, in the order of {@link Programme}; loans only when simulated}
   */
  public abstract Map<Programme, Money> spendingByProgramme();

  /**
   * {@return what the programmes of the entitlement registry granted registered households in the
   * year, by the kind's identifier (e.g. {@code DIBAO_TOP_UP}), in the registry's order: 12 × the
   * month of a monthly kind, else the year's amount or the grant} Grouped by programme they are
   * {@link #spendingByProgramme()}'s {@link Programme#DIBAO}, {@link Programme#EDUCATION},
   * {@link Programme#HOUSING} and {@link Programme#OTHER_ENTITLEMENTS}.
   */
  public abstract Map<String, Money> spendingByKind();

  /** {@return the plan's grants of the year by funding source, in the plan's order} */
  public abstract Map<String, Money> spendingBySource();

  /** {@return what each payer of the medical cascade paid, in the order of {@link Payer}} */
  public abstract Map<Payer, Money> medicalByPayer();

  /**
   * {@return 绩效汇总 — the assessments of the households registered poor at the start of the year,
   * rolled up by village and then by township, each in code order; empty unless the run's listener
   * asked for them ({@link ProgressListener#wantsAssessment()})}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<AssessmentRollUp> assessment();

  /** {@return the total of every programme's spending} */
  public final Money totalSpending() {
    return Money.sum(spendingByProgramme().values());
  }

  /** {@return a builder of a new {@link YearResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year result. */
  public static final class Builder extends ImmutableYearResult.Builder {}
}
