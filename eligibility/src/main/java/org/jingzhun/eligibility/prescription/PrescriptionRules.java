package org.jingzhun.eligibility.prescription;

import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.batch.BatchAssignment;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.dibao.AddOnKind;
import org.jingzhun.eligibility.dibao.DibaoAssessment;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.dibao.MemberAddOn;
import org.jingzhun.eligibility.education.EducationEntitlement;
import org.jingzhun.eligibility.education.EducationRules;
import org.jingzhun.eligibility.housing.HousingRules;
import org.jingzhun.eligibility.housing.RelocationAssessment;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.identification.IdentificationTerms;
import org.jingzhun.eligibility.medical.MedicalCascade;

/**
 * 一户一策 — the prescription rules of one region on one date, resolved once and reused for every
 * household of the region: identification, the five batches, dibao (or extreme-poverty
 * support), and for a poor household (identified, or registered and not exited) education aid,
 * the renovation grant of a C or D dwelling, the relocation subsidy when a plan is given, and
 * the personal-share cap on hospital bills. The monthly total sums the monthly payments (dibao
 * top-up or support, add-ons); education aid is paid by term and grants once, so they count in
 * the yearly total only (12 × the monthly total + per-term aid + one-off grants). With
 * {@link Trace#off()} nothing is recorded.
 */
public final class PrescriptionRules {
  /** The term 帮扶处方 (household prescription), as explanations print it. */
  public static final Term RULE = Term.of("prescription", "帮扶处方", "household prescription");
  /** The term 每月合计 (total a month), as explanations print it. */
  public static final Term MONTHLY_TOTAL = Term.of("monthlyTotal", "每月合计", "total a month");
  /** The term 每年合计 (total a year), as explanations print it. */
  public static final Term YEARLY_TOTAL = Term.of("yearlyTotal", "每年合计", "total a year");

  private static final int MONTHS = 12;

  private final LocalDate date;
  private final IdentificationRules identification;
  private final BatchRules batches;
  private final DibaoRules dibao;
  private final EducationRules education;
  private final HousingRules housing;
  private final Optional<Reading> personalShareCap;
  private final java.util.List<String> unofficial;

  /**
   * Records in {@code read} every parameter the prescription's rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    IdentificationRules.need(read);
    BatchRules.need(read);
    DibaoRules.need(read);
    EducationRules.need(read);
    HousingRules.need(read);
    read.ifInForce(MedicalCascade.CAP);
  }

  private PrescriptionRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader read = PolicyReader.of(book, region, date);
    need(read);
    read.throwIfGaps();
    this.unofficial = read.unofficialParameters();
    this.date = date;
    this.identification = IdentificationRules.resolve(book, region, date);
    this.batches = BatchRules.resolve(book, region, date);
    this.dibao = DibaoRules.resolve(book, region, date);
    this.education = EducationRules.resolve(book, region, date);
    this.housing = HousingRules.resolve(book, region, date);
    this.personalShareCap = book.find(MedicalCascade.CAP, region, date);
  }

  /**
   * {@return the rules of {@code region} on {@code date}; reuse them for every household of the
   * region}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException naming parameter, region and date
   *     of a parameter that is not in force
   */
  public static PrescriptionRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(PrescriptionRules.class, region, date, PrescriptionRules::new);
  }

  /**
   * {@return the prescription for {@code c}'s household on {@code date}, with the rules of its
   * village}
   *
   * @param c the household, and its relocation if any
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   */
  public static Prescription compute(PrescriptionCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.household().village(), date).prescribe(c, Trace.off());
  }

  /**
   * {@return {@link #compute} with its explanation, printable for the public notice}
   *
   * @param c the household, and its relocation if any
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   */
  public static Explained<Prescription> explain(PrescriptionCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    Prescription result = resolve(book, c.household().village(), date).prescribe(c, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * {@return the prescription for {@code c}, reporting to {@code trace}}
   *
   * @param c the household, and its relocation if any
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public Prescription prescribe(PrescriptionCase c, Trace trace) {
    Household h = c.household();
    Identification id = identification.identify(h, trace.rule(IdentificationTerms.RULE));
    boolean poor = id.poor() || h.isRegisteredPoor();
    boolean extreme = id.category().map(k -> k == PovertyCategory.EXTREME_POVERTY_SUPPORT).orElse(false)
        || (h.isRegisteredPoor() && h.registration().get().category() == PovertyCategory.EXTREME_POVERTY_SUPPORT);
    BatchAssignment batch = batches.assign(h, trace.rule(BatchRules.RULE));
    Prescription.Builder out = Prescription.builder().householdId(h.id()).date(date).identification(id).batch(batch)
        .missingGuarantees(id.deficits()).estimatedOrUnverified(unofficial);
    Money monthly = Money.ZERO;
    Money yearly = Money.ZERO;

    DibaoAssessment d = dibao.assess(h, extreme, trace.rule(DibaoRules.RULE));
    if (d.monthlyTopUp().isPositive()) {
      Entitlement e = recurring(EntitlementKind.DIBAO_TOP_UP, null, d.monthlyTopUp());
      out.addEntitlements(e);
      monthly = monthly.plus(e.monthly());
      yearly = yearly.plus(e.yearly());
    }
    if (d.monthlySupport().isPositive()) {
      Entitlement e = recurring(EntitlementKind.EXTREME_POVERTY_SUPPORT, null, d.monthlySupport());
      out.addEntitlements(e);
      monthly = monthly.plus(e.monthly());
      yearly = yearly.plus(e.yearly());
    }
    for (MemberAddOn a : d.addOns()) {
      Entitlement e = recurring(a.kind() == AddOnKind.SEVERE_DISABILITY
          ? EntitlementKind.DIBAO_ADD_ON_DISABILITY : EntitlementKind.DIBAO_ADD_ON_ILLNESS, a.memberId(), a.monthly());
      out.addEntitlements(e);
      monthly = monthly.plus(e.monthly());
      yearly = yearly.plus(e.yearly());
    }
    if (poor) {
      for (EducationEntitlement a : education.entitlements(h, trace.rule(EducationRules.RULE))) {
        // paid by term: in the year only, never as a rounded twelfth in the monthly total
        Entitlement e = Entitlement.builder().kind(kind(a)).memberId(a.memberId())
            .monthly(Money.ZERO).yearly(a.yearly()).byTerm(true).build();
        out.addEntitlements(e);
        yearly = yearly.plus(e.yearly());
      }
      Trace housingTrace = trace.rule(HousingRules.RULE);
      Optional<Money> grant = housing.renovationGrant(h.housing(), housingTrace);
      if (grant.isPresent()) {
        out.addEntitlements(oneOff(EntitlementKind.HOUSING_RENOVATION, grant.get()));
        yearly = yearly.plus(grant.get());
      }
      personalShareCap.ifPresent(r -> {
        trace.parameter(r);
        out.personalShareCap(r.share());
      });
    }
    if (c.relocation().isPresent()) {
      RelocationAssessment r = housing.relocation(c.relocation().get(), trace.rule(HousingRules.RULE));
      out.addEntitlements(oneOff(EntitlementKind.RELOCATION_SUBSIDY, r.subsidy()));
      yearly = yearly.plus(r.subsidy());
    }
    Prescription p = out.monthlyTotal(monthly).yearlyTotal(yearly).build();
    if (trace.isOn()) {
      trace.amount(MONTHLY_TOTAL, monthly).amount(YEARLY_TOTAL, yearly).result(yearly);
    }
    return p;
  }

  /** {@return the personal-share cap in force, if any} */
  public Optional<Share> personalShareCap() {
    return personalShareCap.map(Reading::share);
  }

  private static Entitlement recurring(EntitlementKind kind, String member, Money monthly) {
    return Entitlement.builder().kind(kind).memberId(Optional.ofNullable(member)).monthly(monthly).yearly(monthly.times(MONTHS)).build();
  }

  private static Entitlement oneOff(EntitlementKind kind, Money amount) {
    return Entitlement.builder().kind(kind).monthly(Money.ZERO).yearly(amount).oneOff(true).build();
  }

  private static EntitlementKind kind(EducationEntitlement a) {
    return switch (a.aid()) {
      case FEE_WAIVER -> EntitlementKind.EDUCATION_FEE_WAIVER;
      case LIVING_ALLOWANCE -> EntitlementKind.EDUCATION_LIVING_ALLOWANCE;
      case NUTRITION -> EntitlementKind.EDUCATION_NUTRITION;
      case NATIONAL_GRANT -> EntitlementKind.EDUCATION_NATIONAL_GRANT;
      case STUDENT_LOAN_INTEREST_SUBSIDY -> EntitlementKind.EDUCATION_STUDENT_LOAN;
    };
  }
}
