package org.jingzhun.finance.schedule;

import org.jingzhun.core.explain.Term;

/** The terms that schedule explanations use. */
final class ScheduleTerms {
  private ScheduleTerms() {}

  static final Term SCHEDULE = Term.of("repaymentSchedule", "还款计划", "repayment schedule");
  static final Term ACTUAL = Term.of("actualSchedule", "实际还款情况", "actual repayment record");
  static final Term PERIOD = Term.of("period", "期次", "period");
  static final Term PRINCIPAL = Term.of("principal", "贷款本金", "principal");
  static final Term RATE = Term.of("rate", "年利率", "annual rate");
  static final Term DISBURSEMENT = Term.of("disbursementDate", "放款日", "disbursement date");
  static final Term MATURITY = Term.of("maturityDate", "到期日", "maturity date");
  static final Term METHOD = Term.of("method", "还款方式", "repayment method");
  static final Term FREQUENCY = Term.of("frequency", "结息周期", "frequency");
  static final Term DAY_COUNT = Term.of("dayCount", "计息基准", "day count");
  static final Term INSTALMENT = Term.of("instalment", "每期还款额", "instalment");
  static final Term PRINCIPAL_DAYS = Term.of("principalDays", "计息积数（分·天）", "principal-days (fen × days)");
  static final Term DAYS = Term.of("days", "计息天数", "days");
  static final Term OPENING = Term.of("openingPrincipal", "期初本金", "opening principal");
  static final Term INTEREST = Term.of("interest", "利息", "interest");
  static final Term REPAID = Term.of("principalRepaid", "归还本金", "principal repaid");
  static final Term PREPAID = Term.of("prepaid", "提前还本", "principal prepaid");
  static final Term CLOSING = Term.of("closingPrincipal", "期末本金", "closing principal");
  static final Term RESET = Term.of("rateReset", "利率重定价", "rate reset");
  static final Term WRITTEN_OFF = Term.of("writtenOff", "核销本金", "principal written off");
  static final Term LAST_ABSORBS = Term.of("lastPeriodAbsorbsRounding", "末期本金轧差，使各期本金之和等于贷款本金",
      "the last period's principal absorbs rounding so that principal adds up to the loan");
}
