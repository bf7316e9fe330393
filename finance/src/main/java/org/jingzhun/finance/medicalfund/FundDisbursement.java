package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 基金支出 — money the fund paid to or for a beneficiary: its day, the beneficiary, the layer of
 * aid, the amount, and the source it is charged to when the payment names one (a donation given
 * for this purpose); otherwise the sources are drawn in the policy's order
 * ({@link MedicalFundRules#drawingOrder()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundDisbursement.class)
@JsonDeserialize(as = ImmutableFundDisbursement.class)
public abstract class FundDisbursement {

  /** {@return the day paid} */
  public abstract LocalDate date();

  /** {@return the beneficiary: a person's or household's register number} */
  public abstract String beneficiaryId();

  /** {@return what it pays for} */
  public abstract AssistanceLayer layer();

  /** {@return the amount, more than zero} */
  public abstract Money amount();

  /** {@return the one source it is charged to, if the payment names one} */
  public abstract Optional<FundSource> chargedTo();

  /** {@return a builder of a new {@link FundDisbursement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a disbursement. */
  public static final class Builder extends ImmutableFundDisbursement.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("date", date());
    if (v.require("beneficiaryId", beneficiaryId())) {
      v.check(!beneficiaryId().isBlank(), "beneficiaryId", beneficiaryId(), "不能为空 / may not be blank");
    }
    v.require("layer", layer());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "支出须大于零 / a disbursement must be more than zero");
    }
    v.throwIfAny();
  }
}
