package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 贷款履约记录 — what actually happened to a loan against its schedule: prepayments, late or
 * unpaid instalments, approved deferrals, a write-off (核销), and findings of misuse or fraud.
 * Empty when the loan ran as scheduled. Checked against the loan's schedule when applied (see
 * {@code RepaymentSchedule.actual}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoanHistory.class)
@JsonDeserialize(as = ImmutableLoanHistory.class)
public abstract class LoanHistory {
  private static final LoanHistory NONE = builder().build();

  /** {@return prepayments in date order; a full one must be the last} */
  public abstract List<Prepayment> prepayments();

  /** {@return periods whose principal was repaid late or not at all, one entry per period} */
  public abstract List<LatePayment> latePayments();

  /**
   * {@return 核销日 — the day the outstanding principal was written off, if it was; interest stops
   * then}
   */
  public abstract Optional<LocalDate> writeOff();

  /** {@return findings of misuse or fraud} */
  public abstract List<Breach> breaches();

  /** {@return 经批准的延期还款 — instalments the bank agreed to defer, one entry per period} */
  public abstract List<Deferral> deferrals();

  /** {@return the history of a loan that ran exactly as scheduled} */
  public static LoanHistory none() {
    return NONE;
  }

  /**
   * {@return whether nothing happened to the loan: no prepayment, late payment, write-off, breach
   * or deferral}
   */
  public final boolean isEmpty() {
    return prepayments().isEmpty() && latePayments().isEmpty() && writeOff().isEmpty() && breaches().isEmpty()
        && deferrals().isEmpty();
  }

  /** {@return a builder of a new {@link LoanHistory}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a loan history; {@code build()} reports every bad entry at once. */
  public static final class Builder extends ImmutableLoanHistory.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    List<Prepayment> p = prepayments();
    for (int i = 1; i < p.size(); i++) {
      String path = FieldPath.join(FieldPath.index("prepayments", i), "date");
      v.check(p.get(i).date().isAfter(p.get(i - 1).date()), path, p.get(i).date(), "must be after the previous prepayment");
      v.check(!p.get(i - 1).isFull(), FieldPath.index("prepayments", i), p.get(i).date(),
          "no prepayment can follow a full prepayment");
    }
    onePerPeriod(v, "latePayments", latePayments().stream().map(LatePayment::period).toList());
    onePerPeriod(v, "deferrals", deferrals().stream().map(Deferral::period).toList());
    v.throwIfAny();
  }

  private static void onePerPeriod(Violations v, String list, List<Integer> periods) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < periods.size(); i++) {
      v.check(seen.add(periods.get(i)), FieldPath.join(FieldPath.index(list, i), "period"), periods.get(i),
          "the same period is listed twice");
    }
  }
}
