package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.RepaymentSchedule;

/**
 * 还款计划请求 — a loan's terms and, optionally, what actually happened to it: without a history
 * the planned schedule, with one the schedule as the loan ran. The policy book supplies the LPR
 * of a floating rate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduleRequest.class)
@JsonDeserialize(as = ImmutableScheduleRequest.class)
public abstract class ScheduleRequest {

  public abstract LoanTerms loan();

  /** What happened; absent for the planned schedule. */
  public abstract Optional<LoanHistory> history();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every missing attribute at once. */
  public static final class Builder extends ImmutableScheduleRequest.Builder {}

  /**
   * The schedule, planned or actual.
   *
   * @throws ValidationException if the history does not fit the loan (paths under
   *     {@code history}) or the book lacks the LPR a floating rate needs
   */
  public ScheduleReport compute(Situation situation) {
    try {
      return ScheduleReport.of(history().isPresent()
          ? RepaymentSchedule.actual(loan(), history().get(), situation.book())
          : RepaymentSchedule.of(loan(), situation.book()));
    } catch (ValidationException e) {
      throw LoanViolations.located(e, "loan", "history");
    }
  }

  /** The schedule with how each period was reached; see {@link #compute}. */
  public Explained<ScheduleReport> explain(Situation situation) {
    try {
      return ExplainedValues.map(history().isPresent()
          ? RepaymentSchedule.explainActual(loan(), history().get(), situation.book())
          : RepaymentSchedule.explain(loan(), situation.book()), ScheduleReport::of);
    } catch (ValidationException e) {
      throw LoanViolations.located(e, "loan", "history");
    }
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("loan", loan());
    v.throwIfAny();
  }
}
