package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Term;

/** The terms that risk explanations use. */
final class RiskTerms {
  private RiskTerms() {}

  static final Term ALLOCATION = Term.of("lossAllocation", "代偿损失分担", "loss allocation");
  static final Term RECOVERY = Term.of("recoveryAllocation", "追偿款返还", "recovery returned");
  static final Term STATUS = Term.of("lendingStatus", "放贷状态", "lending status");
  static final Term AGREEMENT = Term.of("agreement", "分险协议", "agreement");
  static final Term LOSS = Term.of("loss", "损失（本金+欠息）", "loss (principal and interest)");
  static final Term COVERED = Term.of("coveredLoss", "补偿范围内损失", "covered loss");
  static final Term UNCOVERED = Term.of("uncoveredLoss", "补偿范围外损失（银行自担）", "uncovered loss (the bank's)");
  static final Term CAP_LOAN = Term.of("capPerLoan", "单笔补偿上限", "cap per loan");
  static final Term CAP_YEAR_LEFT = Term.of("capPerYearLeft", "年度补偿上限余额", "yearly cap left");
  static final Term FUND_BALANCE = Term.of("fundBalance", "补偿金余额", "fund balance");
  static final Term SHORTFALL = Term.of("fundShortfall", "补偿金不足部分", "fund shortfall");
  static final Term PART = Term.of("part", "分担金额", "part");
  static final Term RECOVERED = Term.of("recovered", "追偿收回", "recovered");
  static final Term PAID = Term.of("paid", "已代偿", "paid");
  static final Term IN_PROPORTION = Term.of("inProportionToPaid", "按各方实际代偿额比例返还", "returned in proportion to what each paid");
  static final Term CAPACITY = Term.of("lendingCapacity", "可放贷规模（余额×放大倍数）", "lending capacity (balance × multiple)");
  static final Term OUTSTANDING = Term.of("outstandingLoans", "贷款余额", "outstanding loans");
  static final Term ARREARS = Term.of("arrears", "逾期贷款", "overdue loans");
  static final Term ARREARS_RATIO = Term.of("arrearsRatio", "逾期率", "arrears ratio");
  static final Term MULTIPLE = Term.of("leverageMultiple", "放大倍数", "leverage multiple");
}
