package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 医疗救助基金年终决算 — the fund's year-end statement: one sub-ledger per source, every charge of
 * a disbursement to a source, the disbursements by layer and by beneficiary, and the totals. It
 * balances to the fen: the sub-ledgers add up to the totals, the closing balance is the opening
 * plus the receipts less the disbursements, and the charges, the layers and the beneficiaries
 * each add up to the disbursements.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMedicalFundStatement.class)
@JsonDeserialize(as = ImmutableMedicalFundStatement.class)
@JsonIgnoreProperties(value = {"opening", "receipts", "disbursements", "closing"}, allowGetters = true)
public abstract class MedicalFundStatement {

  /** {@return the year} */
  public abstract int year();

  /** {@return one sub-ledger per source, in the order of {@link FundSource}} */
  public abstract List<SubLedger> subLedgers();

  /** {@return every charge, in the order posted (by date; receipts of a day come before its payments)} */
  public abstract List<FundCharge> charges();

  /** {@return the disbursements by layer, every layer listed} */
  public abstract Map<AssistanceLayer, Money> byLayer();

  /** {@return the disbursements by beneficiary} */
  @Value.NaturalOrder
  public abstract SortedMap<String, Money> byBeneficiary();

  /** {@return the opening balance: the sum of the sub-ledgers'} */
  @Value.Derived
  @Value.Auxiliary
  public Money opening() {
    return Money.sum(subLedgers().stream().map(SubLedger::opening).toList());
  }

  /** {@return the receipts of the year: the sum of the sub-ledgers'} */
  @Value.Derived
  @Value.Auxiliary
  public Money receipts() {
    return Money.sum(subLedgers().stream().map(SubLedger::receipts).toList());
  }

  /** {@return the disbursements of the year: the sum of the sub-ledgers'} */
  @Value.Derived
  @Value.Auxiliary
  public Money disbursements() {
    return Money.sum(subLedgers().stream().map(SubLedger::disbursements).toList());
  }

  /** {@return the closing balance: the sum of the sub-ledgers'} */
  @Value.Derived
  @Value.Auxiliary
  public Money closing() {
    return Money.sum(subLedgers().stream().map(SubLedger::closing).toList());
  }

  /** {@return a builder of a new {@link MedicalFundStatement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a statement. */
  public static final class Builder extends ImmutableMedicalFundStatement.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}): the charges, the layers and the
   * beneficiaries each add up to the disbursements.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Money paid = disbursements();
    Violations v = Violations.collect();
    Money charged = Money.sum(charges().stream().map(FundCharge::amount).toList());
    v.check(charged.equals(paid), "charges", charged, "合计须等于支出 " + paid + " / must add up to the disbursements");
    Money layers = Money.sum(byLayer().values());
    v.check(layers.equals(paid), "byLayer", layers, "合计须等于支出 " + paid + " / must add up to the disbursements");
    Money people = Money.sum(byBeneficiary().values());
    v.check(people.equals(paid), "byBeneficiary", people, "合计须等于支出 " + paid + " / must add up to the disbursements");
    v.throwIfAny();
  }
}
