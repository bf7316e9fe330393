package org.jingzhun.examples.eligibility;

import java.util.List;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.batch.BatchAssignment;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.dibao.DibaoAssessment;
import org.jingzhun.eligibility.dibao.DibaoCase;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.dibao.TwoLinesViolation;
import org.jingzhun.eligibility.education.EducationEntitlement;
import org.jingzhun.eligibility.education.EducationRules;
import org.jingzhun.eligibility.exit.CountyExitCase;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.HouseholdExitCase;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitCase;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.housing.HousingRules;
import org.jingzhun.eligibility.housing.RelocationAssessment;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.identification.IdentificationTerms;
import org.jingzhun.eligibility.medical.CascadeResult;
import org.jingzhun.eligibility.medical.InpatientBill;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.monitoring.MonitoringAssessment;
import org.jingzhun.eligibility.monitoring.MonitoringRules;
import org.jingzhun.eligibility.medical.OutpatientAid;
import org.jingzhun.eligibility.medical.OutpatientAidResult;
import org.jingzhun.eligibility.medical.OutpatientClaim;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionNotice;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.procedure.ProcedureCheck;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Situation;

/**
 * 资格计算目录 — every calculation of the eligibility module, registered for the command line and
 * case files. A calculation on a household reads the parameters of the household's village; the
 * procedure check, the medical cascade, outpatient aid and housing read those of {@code --region}; the exit
 * tests of a village and a county read those of the village or county in their input.
 */
public final class EligibilityCalculations {

  public static final Calculation<Household, Identification> IDENTIFICATION = Calculation.of(
      "identification", IdentificationTerms.RULE, Household.class,
      (h, s) -> IdentificationRules.compute(h, s.book(), s.date()),
      (h, s) -> IdentificationRules.explain(h, s.book(), s.date()));

  public static final Calculation<ProcedureRequest, ProcedureCheck> PROCEDURE = Calculation.of(
      "procedure-check", ProcedureRules.RULE, ProcedureRequest.class,
      (r, s) -> ProcedureRules.compute(r.record(), r.procedure(), s.book(), s.region(), s.date()),
      (r, s) -> ProcedureRules.explain(r.record(), r.procedure(), s.book(), s.region(), s.date()));

  public static final Calculation<HouseholdExitCase, ExitAssessment> HOUSEHOLD_EXIT = Calculation.of(
      "household-exit", HouseholdExitRules.RULE, HouseholdExitCase.class,
      (c, s) -> HouseholdExitRules.compute(c, s.book(), s.date()),
      (c, s) -> HouseholdExitRules.explain(c, s.book(), s.date()));

  public static final Calculation<VillageExitCase, ExitAssessment> VILLAGE_EXIT = Calculation.of(
      "village-exit", VillageExitRules.RULE, VillageExitCase.class,
      (c, s) -> VillageExitRules.compute(c, s.book(), s.date()),
      (c, s) -> VillageExitRules.explain(c, s.book(), s.date()));

  public static final Calculation<CountyExitCase, ExitAssessment> COUNTY_EXIT = Calculation.of(
      "county-exit", CountyExitRules.RULE, CountyExitCase.class,
      (c, s) -> CountyExitRules.compute(c, s.book(), s.date()),
      (c, s) -> CountyExitRules.explain(c, s.book(), s.date()));

  public static final Calculation<Household, BatchAssignment> FIVE_BATCHES = Calculation.of(
      "five-batches", BatchRules.RULE, Household.class,
      (h, s) -> BatchRules.compute(h, s.book(), s.date()),
      (h, s) -> BatchRules.explain(h, s.book(), s.date()));

  public static final Calculation<DibaoCase, DibaoAssessment> DIBAO = Calculation.of(
      "dibao", DibaoRules.RULE, DibaoCase.class,
      (c, s) -> DibaoRules.compute(c, s.book(), s.date()),
      (c, s) -> DibaoRules.explain(c, s.book(), s.date()));

  public static final Calculation<TwoLinesQuery, ImmutableList<TwoLinesViolation>> TWO_LINES = twoLines();

  public static final Calculation<InpatientBill, CascadeResult> MEDICAL_CASCADE = Calculation.of(
      "medical-cascade", MedicalCascade.RULE, InpatientBill.class,
      (b, s) -> MedicalCascade.compute(b, s.book(), s.region(), s.date()),
      (b, s) -> MedicalCascade.explain(b, s.book(), s.region(), s.date()));

  public static final Calculation<OutpatientClaim, OutpatientAidResult> OUTPATIENT_AID = Calculation.of(
      "outpatient-aid", OutpatientAid.RULE, OutpatientClaim.class,
      (c, s) -> OutpatientAid.compute(c, s.book(), s.region(), s.date()),
      (c, s) -> OutpatientAid.explain(c, s.book(), s.region(), s.date()));

  public static final Calculation<Household, List<EducationEntitlement>> EDUCATION = Calculation.of(
      "education", EducationRules.RULE, Household.class,
      (h, s) -> EducationRules.compute(h, s.book(), s.date()),
      EligibilityCalculations::explainEducation);

  public static final Calculation<HousingRequest, HousingAssessment> HOUSING = Calculation.of(
      "housing", HousingRules.RULE, HousingRequest.class,
      (r, s) -> housing(r, s, Trace.off()),
      EligibilityCalculations::explainHousing);

  public static final Calculation<PrescriptionCase, Prescription> PRESCRIPTION = Calculation.of(
      "prescription", PrescriptionRules.RULE, PrescriptionCase.class,
      (c, s) -> PrescriptionRules.compute(c, s.book(), s.date()),
      (c, s) -> PrescriptionRules.explain(c, s.book(), s.date()))
      .withNotice(PrescriptionNotice::render);

  public static final Calculation<Household, MonitoringAssessment> MONITORING = Calculation.of(
      "monitoring", MonitoringRules.RULE, Household.class,
      (h, s) -> MonitoringRules.compute(h, s.book(), s.date()),
      (h, s) -> MonitoringRules.explain(h, s.book(), s.date()));

  /**
   * Every eligibility calculation, in the order of the policy: who is poor, then what they get,
   * then, after the campaign, who is monitored.
   */
  public static final ImmutableList<Calculation<?, ?>> ALL = ImmutableList.of(
      IDENTIFICATION, PROCEDURE, HOUSEHOLD_EXIT, VILLAGE_EXIT, COUNTY_EXIT, FIVE_BATCHES, DIBAO, TWO_LINES,
      MEDICAL_CASCADE, OUTPATIENT_AID, EDUCATION, HOUSING, PRESCRIPTION, MONITORING);

  private EligibilityCalculations() {}

  private static Calculation<TwoLinesQuery, ImmutableList<TwoLinesViolation>> twoLines() {
    return Calculation.of("two-lines-check", TwoLinesChecks.RULE, TwoLinesQuery.class,
        (q, s) -> TwoLinesChecks.compute(q, s.book()),
        (q, s) -> TwoLinesChecks.explain(q, s.book()));
  }

  private static Explained<List<EducationEntitlement>> explainEducation(Household h, Situation s) {
    RecordingTrace trace = Trace.recording(EducationRules.RULE);
    List<EducationEntitlement> aid = EducationRules.resolve(s.book(), h.village(), s.date()).entitlements(h, trace);
    trace.result(Money.sum(aid.stream().map(EducationEntitlement::yearly).toList()));
    return new Explained<>(aid, trace.explanation());
  }

  private static Explained<HousingAssessment> explainHousing(HousingRequest r, Situation s) {
    RecordingTrace trace = Trace.recording(HousingRules.RULE);
    HousingAssessment a = housing(r, s, trace);
    return new Explained<>(a, trace.explanation());
  }

  private static HousingAssessment housing(HousingRequest r, Situation s, Trace trace) {
    HousingRules rules = HousingRules.resolve(s.book(), s.region(), s.date());
    Optional<Money> grant = r.grade().flatMap(g -> rules.renovationGrant(g, trace));
    Optional<RelocationAssessment> relocation = r.relocation().map(p -> rules.relocation(p, trace));
    // the result in the derivation: the money paid once, grant and relocation subsidy together
    trace.result(grant.orElse(Money.ZERO).plus(relocation.map(RelocationAssessment::subsidy).orElse(Money.ZERO)));
    return HousingAssessment.builder().renovationGrant(grant).relocation(relocation).build();
  }
}
