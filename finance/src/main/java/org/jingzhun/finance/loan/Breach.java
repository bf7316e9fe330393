package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 违约记录 — a finding that a loan's funds were misused or the loan or subsidy obtained by
 * fraud, dated from when it began. (Overdue periods come from {@link LatePayment}s.)
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBreach.class)
@JsonDeserialize(as = ImmutableBreach.class)
public abstract class Breach {

  /** {@return what the borrower did (a use of the loan not allowed, an overdue finding…)} */
  public abstract BreachKind kind();

  /** {@return the day the breach began} */
  public abstract LocalDate date();

  /**
   * {@return the breach {@code kind} on {@code date}}
   *
   * @param kind what the borrower did
   * @param date the day it was found
   */
  public static Breach of(BreachKind kind, LocalDate date) {
    return ImmutableBreach.builder().kind(kind).date(date).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("kind", kind());
    v.require("date", date());
    v.throwIfAny();
  }
}
