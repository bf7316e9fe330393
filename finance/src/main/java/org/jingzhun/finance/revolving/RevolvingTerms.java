package org.jingzhun.finance.revolving;

import org.jingzhun.core.explain.Term;

/** The terms that revolving and mutual-aid explanations use. */
final class RevolvingTerms {
  private RevolvingTerms() {}

  static final Term POSITION = Term.of("revolvingPosition", "周转金状况", "revolving fund position");
  static final Term STATEMENT = Term.of("mutualAidStatement", "互助资金年度报表", "mutual-aid fund yearly statement");
  static final Term CAPITAL = Term.of("capital", "资金总额", "capital");
  static final Term LENT = Term.of("lent", "累计借出", "lent");
  static final Term REPAID = Term.of("repaid", "累计收回", "repaid");
  static final Term CASH = Term.of("cash", "可周转资金", "cash available");
  static final Term OUTSTANDING = Term.of("outstanding", "借款余额", "outstanding");
  static final Term OVERDUE = Term.of("overdue", "逾期借款", "overdue");
  static final Term LOAN = Term.of("loan", "借款", "loan");
  static final Term PRINCIPAL_DAYS = Term.of("principalDays", "占用积数（分·天）", "principal-days (fen × days)");
  static final Term FEE_RATE = Term.of("usageFeeRate", "占用费率", "usage-fee rate");
  static final Term FEE = Term.of("usageFee", "资金占用费", "usage fee");
  static final Term FEE_SUBSIDY = Term.of("feeSubsidy", "贫困户占用费补贴", "fee subsidy for poor members");
  static final Term MEMBER_PAYS = Term.of("memberPays", "成员缴纳", "paid by the member");
}
