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

  public abstract BreachKind kind();

  /** The day the breach began. */
  public abstract LocalDate date();

  public static Breach of(BreachKind kind, LocalDate date) {
    return ImmutableBreach.builder().kind(kind).date(date).build();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("kind", kind());
    v.require("date", date());
    v.throwIfAny();
  }
}
