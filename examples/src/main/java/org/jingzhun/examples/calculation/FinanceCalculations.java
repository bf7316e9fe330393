package org.jingzhun.examples.calculation;

import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.examples.finance.ClaimRequest;
import org.jingzhun.examples.finance.ExplainedValues;
import org.jingzhun.examples.finance.LedgerRequest;
import org.jingzhun.examples.finance.LossRequest;
import org.jingzhun.examples.finance.RecoveryRequest;
import org.jingzhun.examples.finance.RevolvingReport;
import org.jingzhun.examples.finance.RiskFundLossRequest;
import org.jingzhun.examples.finance.ScheduleRequest;
import org.jingzhun.examples.finance.SubsidyRequest;
import org.jingzhun.finance.medicalfund.MedicalAssistanceFund;
import org.jingzhun.finance.medicalfund.MedicalFundRules;
import org.jingzhun.finance.medicalfund.MedicalFundStatement;
import org.jingzhun.finance.revolving.IndustrySupportFund;
import org.jingzhun.finance.revolving.MutualAidFund;
import org.jingzhun.eligibility.housing.BuildMode;
import org.jingzhun.eligibility.housing.SettlementRules;
import org.jingzhun.planning.funding.Settlement;
import org.jingzhun.planning.funding.SettlementFundingPlan;

/**
 * 金融计算目录 — the calculations of the finance module, as subcommands and case-file
 * calculations: repayment schedules, interest subsidies and quarterly claims, loss and recovery
 * sharing (an agreement in full, or one of the district's named risk funds), the risk fund's ledger, revolving and mutual-aid funds,
 * the medical-assistance fund and a 巴山新居 settlement's pooled housing funds. The input types are in
 * {@code org.jingzhun.examples.finance}; docs/cli.md documents each.
 */
public final class FinanceCalculations {
  public static final Term SCHEDULE = Term.of("repaymentSchedule", "还款计划", "repayment schedule");
  public static final Term SUBSIDY = Term.of("interestSubsidy", "贴息计算", "interest subsidy");
  public static final Term CLAIM = Term.of("subsidyClaim", "贴息按季申报", "quarterly subsidy claim");
  public static final Term LOSS = Term.of("lossAllocation", "损失分担", "loss allocation");
  public static final Term RISK_FUND_LOSS = Term.of("riskFundLoss", "分险基金损失分担", "district risk fund loss");
  public static final Term RECOVERY = Term.of("recoveryDistribution", "追偿款分配", "recovery distribution");
  public static final Term LEDGER = Term.of("fundLedger", "风险补偿金台账", "risk fund ledger");
  public static final Term REVOLVING = Term.of("revolvingFund", "产业扶持周转金", "industry-support revolving fund");
  public static final Term MUTUAL_AID = Term.of("mutualAidFund", "村级互助资金年报", "village mutual-aid fund statement");
  public static final Term MEDICAL_FUND = Term.of("medicalAssistanceFund", "医疗救助基金年终决算", "medical-assistance fund statement");
  public static final Term SETTLEMENT = Term.of("settlementFunding", "巴山新居整合资金建房方案", "settlement funding plan");
  private static final Term SUBSIDIES = Term.of("subsidies", "建房补助合计", "subsidies owed");
  private static final Term CONTRIBUTIONS = Term.of("contributions", "农户自筹合计", "households' own contributions");
  private static final Term OPENING = Term.of("opening", "期初余额", "opening balance");
  private static final Term RECEIPTS = Term.of("receipts", "本年收入", "receipts of the year");
  private static final Term DISBURSEMENTS = Term.of("disbursements", "本年支出", "disbursements of the year");

  private static final List<Calculation<?, ?>> ALL = List.of(
      Calculation.of("repayment-schedule", SCHEDULE, ScheduleRequest.class, ScheduleRequest::compute, ScheduleRequest::explain),
      Calculation.of("interest-subsidy", SUBSIDY, SubsidyRequest.class, SubsidyRequest::compute, SubsidyRequest::explain),
      Calculation.of("subsidy-claim", CLAIM, ClaimRequest.class, ClaimRequest::compute, ClaimRequest::explain),
      Calculation.of("loss-allocation", LOSS, LossRequest.class, (r, s) -> r.compute(), (r, s) -> r.explain()),
      Calculation.of("risk-fund-loss", RISK_FUND_LOSS, RiskFundLossRequest.class, RiskFundLossRequest::compute,
          RiskFundLossRequest::explain),
      Calculation.of("recovery-distribution", RECOVERY, RecoveryRequest.class, (r, s) -> r.compute(), (r, s) -> r.explain()),
      Calculation.of("fund-ledger", LEDGER, LedgerRequest.class, LedgerRequest::compute, LedgerRequest::explain),
      // the fund on --date
      Calculation.of("revolving-fund", REVOLVING, IndustrySupportFund.class,
          (f, s) -> RevolvingReport.of(f.position(s.date())),
          (f, s) -> ExplainedValues.map(f.explainPosition(s.date()), RevolvingReport::of)),
      // the statement of the calendar year that holds --date
      Calculation.of("mutual-aid-fund", MUTUAL_AID, MutualAidFund.class,
          (f, s) -> f.statement(s.date().getYear()),
          (f, s) -> f.explainStatement(s.date().getYear())),
      // the input's year, with the fund's rules in force on --date
      Calculation.of("medical-assistance-fund", MEDICAL_FUND, MedicalAssistanceFund.class,
          (f, s) -> f.statement(MedicalFundRules.fromPolicy(s.book(), s.region(), s.date())),
          FinanceCalculations::explainMedicalFund),
      // the settlement's subsidies by build mode, paid by the pooled funds in the order in force on --date
      Calculation.of("settlement-funding", SETTLEMENT, Settlement.class,
          (f, s) -> SettlementFundingPlan.draw(f, SettlementRules.resolve(s.book(), s.region(), s.date())),
          FinanceCalculations::explainSettlement));

  private FinanceCalculations() {}

  private static Explained<MedicalFundStatement> explainMedicalFund(MedicalAssistanceFund fund, Situation s) {
    MedicalFundRules rules = MedicalFundRules.fromPolicy(s.book(), s.region(), s.date());
    RecordingTrace trace = Trace.recording(MEDICAL_FUND);
    trace.parameter(s.book().get(MedicalFundRules.DRAWING_ORDER, s.region(), s.date()))
        .parameter(s.book().get(MedicalFundRules.OVERDRAFT_SOURCE, s.region(), s.date()));
    MedicalFundStatement statement = fund.statement(rules);
    trace.amount(OPENING, statement.opening()).amount(RECEIPTS, statement.receipts())
        .amount(DISBURSEMENTS, statement.disbursements()).result(statement.closing());
    return new Explained<>(statement, trace.explanation());
  }

  private static Explained<SettlementFundingPlan> explainSettlement(Settlement settlement, Situation s) {
    SettlementRules rules = SettlementRules.resolve(s.book(), s.region(), s.date());
    RecordingTrace trace = Trace.recording(SETTLEMENT);
    for (BuildMode mode : BuildMode.values()) {
      trace.parameter(s.book().get(SettlementRules.subsidyKey(mode), s.region(), s.date()))
          .parameter(s.book().get(SettlementRules.contributionKey(mode), s.region(), s.date()));
    }
    trace.parameter(s.book().get(SettlementRules.DRAWING_ORDER, s.region(), s.date()));
    SettlementFundingPlan plan = SettlementFundingPlan.draw(settlement, rules);
    trace.amount(CONTRIBUTIONS, plan.contributions()).amount(SUBSIDIES, plan.subsidies()).result(plan.subsidies());
    return new Explained<>(plan, trace.explanation());
  }

  /** Every finance calculation, in the order of docs/cli.md. */
  public static List<Calculation<?, ?>> all() {
    return ALL;
  }
}
