package org.jingzhun.eligibility.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.eligibility.batch.BatchAssignment;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶处方 — one household's prescription on one date: its identification, its batches, the
 * guarantees it lacks, every entitlement with amounts a month and a year, their totals, and the
 * personal-share cap on its in-county hospital bills.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrescription.class)
@JsonDeserialize(as = ImmutablePrescription.class)
public abstract class Prescription {

  /** {@return the household's register number} */
  public abstract String householdId();

  /** {@return the day the prescription is for} */
  public abstract LocalDate date();

  /** {@return the household's identification: poor or not, and its category} */
  public abstract Identification identification();

  /** {@return the household's five-batches assignment} */
  public abstract BatchAssignment batch();

  /**
   * {@return the guarantees the household lacks (三保障: compulsory education, basic medical care,
   * safe housing; and safe water)}
   */
  public abstract Set<GuaranteeDeficit> missingGuarantees();

  /** {@return every entitlement, with its amounts a month and a year} */
  public abstract List<Entitlement> entitlements();

  /**
   * {@return the sum of the entitlements' monthly amounts: the monthly payments only (aid paid by
   * term and one-off grants have a zero month)}
   */
  public abstract Money monthlyTotal();

  /**
   * {@return the sum of the entitlements' yearly amounts (aid paid by term and one-off grants
   * included)}
   */
  public abstract Money yearlyTotal();

  /** {@return 县域内住院个人自付比例上限 — for a poor household where the cap is in force} */
  public abstract Optional<Share> personalShareCap();

  /**
   * {@return the parameters of the rules in force for the household's village on the date whose
   * values are estimated or unverified, not official figures (empty when every one is official);
   * the public notice lists them}
   */
  public abstract List<String> estimatedOrUnverified();

  /** {@return a builder of a new {@link Prescription}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a prescription. */
  public static final class Builder extends ImmutablePrescription.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("householdId", householdId());
    v.require("date", date());
    v.require("identification", identification());
    v.require("batch", batch());
    if (v.require("monthlyTotal", monthlyTotal()) && v.require("yearlyTotal", yearlyTotal())) {
      Money m = Money.ZERO;
      Money y = Money.ZERO;
      for (Entitlement e : entitlements()) {
        m = m.plus(e.monthly());
        y = y.plus(e.yearly());
      }
      // the messages are built only for a violation: this check runs for every prescription
      if (!m.equals(monthlyTotal())) {
        v.add("monthlyTotal", monthlyTotal(), "must be the sum of the monthly amounts " + m);
      }
      if (!y.equals(yearlyTotal())) {
        v.add("yearlyTotal", yearlyTotal(), "must be the sum of the yearly amounts " + y);
      }
    }
    v.throwIfAny();
  }
}
