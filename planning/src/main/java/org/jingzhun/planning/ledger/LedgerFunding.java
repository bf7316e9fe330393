package org.jingzhun.planning.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 资金来源对照 — which fund pays each payment to a household, in force for a region on a date:
 * read from the parameters {@code ledger.funds} (the funds) and {@code ledger.funding} (what each pays),
 * never from code. A payment is named by its entitlement kind's id ({@code DIBAO_TOP_UP}) or by a
 * payer of the medical cascade ({@code payer.MEDICAL_ASSISTANCE}).
 */
public final class LedgerFunding {
  /** The parameter {@code ledger.funds}: the funds that pay households, by id and name. */
  public static final ParameterKey<List<Fund>> FUNDS = ParameterKey.list("ledger.funds", Fund.class);
  /** The parameter {@code ledger.funding}: the fund id that pays each payment. */
  public static final ParameterKey<Map<String, String>> FUNDING = ParameterKey.map("ledger.funding", String.class, String.class);
  /** The prefix of a medical payer's payment name: {@value}{@code MEDICAL_ASSISTANCE}. */
  public static final String PAYER = "payer.";

  private final Map<String, Fund> funds;
  private final Map<String, Fund> fundOfPayment;
  private final List<Reading> readings;

  private LedgerFunding(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader read = PolicyReader.of(book, region, date);
    need(read);
    read.throwIfGaps();
    this.readings = read.readings();
    this.funds = new LinkedHashMap<>();
    book.get(FUNDS, region, date).value(FUNDS).forEach(f -> funds.put(f.id(), f));
    this.fundOfPayment = new LinkedHashMap<>();
    Violations v = Violations.collect();
    book.get(FUNDING, region, date).value(FUNDING).forEach((payment, fund) -> {
      Fund f = funds.get(fund);
      v.check(f != null, FUNDING + "." + payment, fund,
          "不是 " + FUNDS + " 中的资金编号 / is not a fund of " + FUNDS + " " + funds.keySet());
      if (f != null) {
        fundOfPayment.put(payment, f);
      }
    });
    v.throwIfAny();
  }

  /**
   * Records in {@code read} every parameter the ledger reads.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(FUNDS);
    read.need(FUNDING);
  }

  /**
   * {@return the funding in force for {@code region} on {@code date}, resolved once per book,
   * region and date}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose funding applies
   * @throws ValidationException of kind {@code NO_POLICY} when a parameter is not in force, or
   *     naming a payment whose fund is not among the funds
   */
  public static LedgerFunding resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(LedgerFunding.class, region, date, LedgerFunding::new);
  }

  /** {@return the funds, in the order of the parameter} */
  public List<Fund> funds() {
    return List.copyOf(funds.values());
  }

  /**
   * {@return the fund that pays {@code payment}}
   *
   * @param payment the payment's name: an entitlement kind's id, or {@code payer.} and a medical
   *     payer
   * @throws ValidationException when the parameter names no fund for it
   */
  public Fund fundOf(String payment) {
    Fund f = fundOfPayment.get(payment);
    if (f == null) {
      throw ValidationException.of(FUNDING.name(), payment,
          "未规定该项待遇的资金来源，请在参数中补充 / names no fund for this payment; add it to the parameter");
    }
    return f;
  }

  /** {@return the values of the two parameters read, for a ledger entry's reference} */
  public List<Reading> readings() {
    return readings;
  }
}
