package org.jingzhun.finance.risk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 分险参数 — an agreement's split and leverage read from the policy book: each party's share
 * is its part of the ratio over the ratio's total, exactly (6 : 4 → 0.6, 0.4).
 */
final class AgreementParameters {
  private AgreementParameters() {}

  /**
   * The agreement's builder with its parties and leverage.
   *
   * @param remedy what a caller whose region has no ratio can do (may be empty)
   */
  static RiskSharingAgreement.Builder from(PolicyBook book, RegionCode region, LocalDate date, String name,
      AgreementKeys keys, List<String> names, List<PartyKind> kinds, String remedy) {
    SchemeInForce.require(book, keys.split(), region, date, "the " + name + " loss split", remedy);
    List<Share> shares = shares(book.value(keys.split(), region, date), names.size(), keys.split().name());
    RiskSharingAgreement.Builder b = RiskSharingAgreement.builder().name(name)
        .leverageMultiple(book.value(keys.leverage(), region, date));
    for (int i = 0; i < names.size(); i++) {
      b.addParties(RiskParty.of(names.get(i), kinds.get(i), shares.get(i)));
    }
    return b;
  }

  private static List<Share> shares(Ratio ratio, int parties, String parameter) {
    if (ratio.size() != parties) {
      throw ValidationException.of(parameter, ratio, "has " + ratio.size() + " parts for " + parties + " parties");
    }
    BigDecimal total = new BigDecimal(ratio.weights().stream().reduce(BigInteger.ZERO, BigInteger::add));
    try {
      return ratio.weights().stream().map(w -> Share.of(new BigDecimal(w).divide(total))).toList();
    } catch (ArithmeticException e) {
      throw ValidationException.of(parameter, ratio, "does not make exact decimal shares");
    }
  }
}
