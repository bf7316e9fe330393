/**
 * Jingzhun eligibility: identification of poor households and their category, the entry and
 * exit procedures, exit tests for household, village and county, the five batches, and
 * household entitlements (dibao, medical cascade, education, housing) combined into the
 * per-household prescription.
 *
 * <p>Start with {@link org.jingzhun.eligibility.prescription.PrescriptionRules}, which combines every
 * rule of the module for one household; each rule is also usable alone (identification, dibao,
 * exit, …); {@link org.jingzhun.eligibility.columnar.ColumnarPrescription} runs the full
 * prescription, by the same rule code, over a population held in columns, and
 * {@link org.jingzhun.eligibility.screening.IncomeScreening} runs identification and dibao alone
 * over a register's income and member columns; {@link org.jingzhun.eligibility.entitlement}
 * holds the registry of programmes and the shape a new programme takes.
 *
 * <p>The packages exported to everyone are the supported API (docs/api.md lists them). The
 * {@code policy} package (the module's parameter files and the income comparison its rules share)
 * is exported to our own modules only and may change in any release.
 */
@SuppressWarnings("module") // the modules a package is exported to are built after this one
module org.jingzhun.eligibility {
  requires transitive org.jingzhun.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind; // annotations on our value types; no Jackson type in a public signature
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jingzhun.eligibility.prescription;
  exports org.jingzhun.eligibility.entitlement;
  exports org.jingzhun.eligibility.identification;
  exports org.jingzhun.eligibility.batch;
  exports org.jingzhun.eligibility.screening;
  exports org.jingzhun.eligibility.columnar;
  exports org.jingzhun.eligibility.exit;
  exports org.jingzhun.eligibility.procedure;
  exports org.jingzhun.eligibility.dibao;
  exports org.jingzhun.eligibility.medical;
  exports org.jingzhun.eligibility.education;
  exports org.jingzhun.eligibility.housing;
  exports org.jingzhun.eligibility.monitoring;

  // exported to our own modules only: not API (core reads the parameter keys it declares)
  exports org.jingzhun.eligibility.policy to org.jingzhun.core, org.jingzhun.planning;

  opens org.jingzhun.eligibility.policy to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.identification to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.procedure to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.exit to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.batch to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.dibao to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.medical to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.education to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.housing to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.entitlement to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.prescription to com.fasterxml.jackson.databind;
  opens org.jingzhun.eligibility.monitoring to com.fasterxml.jackson.databind;

  uses org.jingzhun.eligibility.entitlement.EntitlementProgramme;

  // the prescription applies them in this order
  provides org.jingzhun.eligibility.entitlement.EntitlementProgramme with
      org.jingzhun.eligibility.dibao.DibaoProgramme,
      org.jingzhun.eligibility.education.EducationProgramme,
      org.jingzhun.eligibility.housing.RenovationProgramme,
      org.jingzhun.eligibility.medical.PersonalShareCapProgramme,
      org.jingzhun.eligibility.housing.RelocationProgramme,
      org.jingzhun.eligibility.medical.MedicalAidProgramme;
  provides org.jingzhun.core.policy.PolicyResources with org.jingzhun.eligibility.policy.EligibilityPolicyResources;
}
