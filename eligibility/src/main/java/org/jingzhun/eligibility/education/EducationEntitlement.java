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
 * its yearly limit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationEntitlement.class)
@JsonDeserialize(as = ImmutableEducationEntitlement.class)
public abstract class EducationEntitlement {

  public abstract String memberId();

  public abstract SchoolStage stage();

  public abstract EducationAid aid();

  public abstract Money yearly();

  public abstract List<Money> perTerm();

  public abstract Optional<Money> loanLimit();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entitlement. */
  public static final class Builder extends ImmutableEducationEntitlement.Builder {}

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
