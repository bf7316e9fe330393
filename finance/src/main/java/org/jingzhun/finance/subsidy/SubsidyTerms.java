package org.jingzhun.finance.subsidy;

import org.jingzhun.core.explain.Term;

/** The terms that subsidy explanations use. */
final class SubsidyTerms {
  private SubsidyTerms() {}

  static final Term SUBSIDY = Term.of("interestSubsidy", "贷款贴息", "interest subsidy");
  static final Term CLAIM = Term.of("subsidyClaim", "按季贴息申报", "quarterly subsidy claim");
  static final Term PERIOD = Term.of("subsidyPeriod", "贴息期次", "subsidy period");
  static final Term LOAN = Term.of("loan", "贷款", "loan");
  static final Term POLICY = Term.of("policy", "贴息政策", "subsidy policy");
  static final Term DATE = Term.of("date", "计算日", "calculation date");
  static final Term PRINCIPAL_BASE = Term.of("principalBase", "贴息本金", "principal subsidised");
  static final Term PRINCIPAL_DAYS = Term.of("subsidisedPrincipalDays", "贴息积数（分·天）", "subsidised principal-days");
  static final Term BANK_RATE = Term.of("bankRate", "银行执行利率", "bank's rate");
  static final Term SUBSIDISED_RATE = Term.of("subsidisedRate", "贴息利率", "subsidised rate");
  static final Term INTEREST = Term.of("interest", "应付利息", "interest charged");
  static final Term AT_SUBSIDISED_RATE = Term.of("interestAtSubsidisedRate", "按贴息利率计算的利息", "interest at the subsidised rate");
  static final Term SHARE = Term.of("share", "贴息比例", "subsidy share");
  static final Term SUBSIDISABLE = Term.of("subsidisableInterest", "可贴息利息", "subsidisable interest");
  static final Term SUBSIDY_AMOUNT = Term.of("subsidy", "贴息金额", "subsidy");
  static final Term BORROWER = Term.of("borrowerShare", "借款人负担", "borrower's share");
  static final Term SMALLER = Term.of("smallerOfInterestAndSubsidisable", "贴息 = min(实际利息, 可贴息利息)",
      "subsidy = the smaller of interest charged and subsidisable interest");
  static final Term FORFEITED = Term.of("forfeited", "因违约取消贴息", "subsidy lost for a breach");
  static final Term DEFERRED = Term.of("deferralHonoured", "经批准延期还款期间不视为逾期，到期日顺延至延期结束",
      "an approved deferral: the instalment falls due at the deferral's end, not overdue before");
  static final Term AFTER_DEADLINE = Term.of("afterDeadline", "合同签订晚于截止日，按新政策利率贴息",
      "contract signed after the deadline: subsidised up to the later terms' rate");
  static final Term BANK = Term.of("bank", "贷款银行", "bank");
  static final Term TOTAL = Term.of("total", "合计", "total");
}
