package org.jingzhun.eligibility.education;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 教育资助 — one aid to one student: the stage, the aid, the yearly amount and its payment per
 * term (adding up to the year exactly); a waiver has no amount of its own; a student loan has
 * its yearly limit; a scholarship, awarded on merit, has no amount of its own and the amount
 * of the year if awarded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationEntitlement.class)
@JsonDeserialize(as = ImmutableEducationEntitlement.class)
public abstract class EducationEntitlement {

  /** {@return the student's identifier within the household} */
  public abstract String memberId();

  /** {@return the student's school stage} */
  public abstract SchoolStage stage();

  /** {@return the aid} */
  public abstract EducationAid aid();

  /** {@return the amount a year; zero for a waiver, which has no amount of its own} */
  public abstract Money yearly();

  /** {@return the payment each school term, adding up to the yearly amount exactly} */
  public abstract List<Money> perTerm();

  /** {@return the yearly limit of a student loan; empty for other aid} */
  public abstract Optional<Money> loanLimit();

  /** {@return the amount a year of a scholarship if awarded; empty for other aid} */
  public abstract Optional<Money> scholarshipIfAwarded();

  /** {@return a builder of a new {@link EducationEntitlement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entitlement. */
  public static final class Builder extends ImmutableEducationEntitlement.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("memberId", memberId());
    v.require("stage", stage());
    v.require("aid", aid());
    if (v.require("yearly", yearly())) {
      v.check(Money.sum(perTerm()).equals(yearly()), "perTerm", perTerm(), "the terms must add up to the yearly " + yearly());
    }
    v.throwIfAny();
  }
}
