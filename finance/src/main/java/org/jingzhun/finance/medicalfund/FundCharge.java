package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;

/**
 * 支出入账 — the part of one disbursement charged to one source's sub-ledger. A disbursement
 * drawn from several sources is several charges, which add up to its amount.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundCharge.class)
@JsonDeserialize(as = ImmutableFundCharge.class)
public abstract class FundCharge {

  /** {@return the disbursement's index in the fund's list of disbursements (from 0)} */
  public abstract int disbursement();

  /** {@return the day paid} */
  public abstract LocalDate date();

  /** {@return the beneficiary} */
  public abstract String beneficiaryId();

  /** {@return the layer of aid} */
  public abstract AssistanceLayer layer();

  /** {@return the source charged} */
  public abstract FundSource source();

  /** {@return the amount charged to the source, more than zero} */
  public abstract Money amount();

  /** {@return a builder of a new {@link FundCharge}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a charge. */
  public static final class Builder extends ImmutableFundCharge.Builder {}
}
