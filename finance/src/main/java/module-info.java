/**
 * Jingzhun finance: loan terms and repayment schedules, interest subsidies, risk-sharing
 * agreements and fund ledgers, revolving and village mutual-aid funds.
 *
 * <p>Start with {@link org.jingzhun.finance.loan.LoanTerms} for loans and
 * {@link org.jingzhun.finance.subsidy.InterestSubsidy} for subsidies.
 *
 * <p>The packages exported to everyone are the supported API (docs/api.md lists them); the
 * repayment schedule's accrual, risk sharing, revolving funds and the medical-fund ledgers are
 * exported to our own modules only and may change in any release.
 */
@SuppressWarnings("module") // the modules a package is exported to are built after this one
module org.jingzhun.finance {
  requires transitive org.jingzhun.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind; // annotations on our value types; no Jackson type in a public signature
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jingzhun.finance.loan;
  exports org.jingzhun.finance.subsidy;

  // exported to our own modules only: not API (core reads the parameter keys their rules declare)
  exports org.jingzhun.finance.schedule to org.jingzhun.planning;
  exports org.jingzhun.finance.risk to org.jingzhun.core;
  exports org.jingzhun.finance.revolving to org.jingzhun.core;
  exports org.jingzhun.finance.medicalfund to org.jingzhun.core;

  opens org.jingzhun.finance.loan to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.schedule to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.subsidy to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.risk to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.revolving to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.medicalfund to com.fasterxml.jackson.databind;

  provides org.jingzhun.core.policy.PolicyResources with org.jingzhun.finance.policy.FinancePolicyResources;
}
