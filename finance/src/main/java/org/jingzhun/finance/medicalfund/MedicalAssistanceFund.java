package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 医疗救助基金 — one year of a county's medical-assistance fund (城乡医疗救助基金: raised from the
 * budget, lottery public-welfare funds and donations, held in the social-security fiscal special
 * account, used for medical assistance only and accounted by source — 专户管理、专款专用、分账核算,
 * 财社〔2013〕217号 as recalled): the opening balance of each source, the receipts and the
 * disbursements of the year. {@link #statement} posts them to one sub-ledger per source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMedicalAssistanceFund.class)
@JsonDeserialize(as = ImmutableMedicalAssistanceFund.class)
public abstract class MedicalAssistanceFund {

  /** {@return the year} */
  public abstract int year();

  /** {@return each source's balance at the start of the year; a source not named opens at zero} */
  public abstract Map<FundSource, Money> openingBalances();

  /** {@return the receipts of the year} */
  public abstract List<FundReceipt> receipts();

  /** {@return the disbursements of the year} */
  public abstract List<FundDisbursement> disbursements();

  /** {@return a builder of a new {@link MedicalAssistanceFund}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a fund's year. */
  public static final class Builder extends ImmutableMedicalAssistanceFund.Builder {}

  /**
   * {@return the year-end statement: every receipt credited to its source, every disbursement
   * charged to the source it names or drawn from the sources in {@code rules}' order, in date
   * order (a day's receipts before its payments, each kind in the order given)}
   *
   * @param rules the drawing order and whether a source may go below zero
   * @throws org.jingzhun.core.validation.ValidationException at the first disbursement the fund
   *     cannot cover when no source may go below zero (the path names it, the message the
   *     shortfall), or when an opening balance is below zero and the rules allow no overdraft
   */
  public final MedicalFundStatement statement(MedicalFundRules rules) {
    Violations v = Violations.collect();
    openingBalances().forEach((source, amount) -> v.check(!amount.isNegative() || rules.overdraftSource().equals(Optional.of(source)),
        "openingBalances." + source, amount, "期初余额不能为负（政策不允许透支）/ may not be negative: the policy allows no overdraft of this source"));
    v.throwIfAny();
    return new Posting(this, rules).post();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}): every receipt and disbursement is of the year.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    for (int i = 0; i < receipts().size(); i++) {
      v.check(receipts().get(i).date().getYear() == year(), "receipts[" + i + "].date", receipts().get(i).date(),
          "不在本年度 / is not in the year " + year());
    }
    for (int i = 0; i < disbursements().size(); i++) {
      v.check(disbursements().get(i).date().getYear() == year(), "disbursements[" + i + "].date", disbursements().get(i).date(),
          "不在本年度 / is not in the year " + year());
    }
    v.throwIfAny();
  }
}
