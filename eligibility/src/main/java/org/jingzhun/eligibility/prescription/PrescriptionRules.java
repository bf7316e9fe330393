package org.jingzhun.eligibility.prescription;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.batch.BatchAssignment;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.identification.IdentificationTerms;

/**
 * 一户一策 — the prescription rules of one region on one date, resolved once and reused for every
 * household of the region: identification, the five batches, then every programme of an
 * {@link EntitlementRegistry} in its order — for the standard registry dibao (or extreme-poverty
 * support), and for a poor household (identified, or registered and not exited) education aid,
 * the renovation grant of a C or D dwelling and the personal-share cap on hospital bills, and the
 * relocation subsidy when a plan is given. The monthly total sums the monthly payments; aid paid
 * by the year and one-off grants count in the yearly total only (12 × the monthly total + yearly
 * aid + one-off grants). With {@link Trace#off()} nothing is recorded.
 */
public final class PrescriptionRules {
  /** The term 帮扶处方 (household prescription), as explanations print it. */
  public static final Term RULE = Term.of("prescription", "帮扶处方", "household prescription");
  /** The term 每月合计 (total a month), as explanations print it. */
  public static final Term MONTHLY_TOTAL = Term.of("monthlyTotal", "每月合计", "total a month");
  /** The term 每年合计 (total a year), as explanations print it. */
  public static final Term YEARLY_TOTAL = Term.of("yearlyTotal", "每年合计", "total a year");

  private final LocalDate date;
  private final IdentificationRules identification;
  private final BatchRules batches;
  private final List<EntitlementProgramme.Rules> programmes;
  /** The programmes' rules, in the registry's order, read on the fast path. */
  private final EntitlementProgramme.Rules[] programmeRules;
  /** For each programme, whether it grants from facts: asked once, not per household. */
  private final boolean[] grantsFromFacts;
  /**
   * The programmes as the facts path runs them: each programme's own rules when they grant from
   * facts, else an adapter that gives them the household as an object ({@link #grantByObject}).
   */
  private final EntitlementProgramme.Rules[] factsPath;
  private final List<String> unofficial;

  /**
   * Records in {@code read} every parameter the prescription's rules read, with the standard
   * registry's programmes.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    need(read, EntitlementRegistry.standard());
  }

  private static void need(PolicyReader read, EntitlementRegistry registry) {
    IdentificationRules.need(read);
    BatchRules.need(read);
    registry.need(read);
  }

  private PrescriptionRules(PolicyBook book, RegionCode region, LocalDate date, EntitlementRegistry registry) {
    PolicyReader read = PolicyReader.of(book, region, date);
    need(read, registry);
    read.throwIfGaps();
    this.unofficial = read.unofficialParameters();
    this.date = date;
    this.identification = IdentificationRules.resolve(book, region, date);
    this.batches = BatchRules.resolve(book, region, date);
    this.programmes = registry.programmes().stream().map(p -> p.resolve(book, region, date)).toList();
    this.programmeRules = programmes.toArray(EntitlementProgramme.Rules[]::new);
    this.grantsFromFacts = new boolean[programmeRules.length];
    for (int p = 0; p < programmeRules.length; p++) {
      grantsFromFacts[p] = programmeRules[p].grantsFromFacts();
    }
    this.factsPath = new EntitlementProgramme.Rules[programmeRules.length];
    for (int p = 0; p < programmeRules.length; p++) {
      EntitlementProgramme.Rules rules = programmeRules[p];
      factsPath[p] = grantsFromFacts[p] ? rules : new ObjectPath(rules);
    }
  }

  /**
   * {@return the rules of {@code region} on {@code date} with the standard registry's programmes,
   * resolved once per book, region and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static PrescriptionRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(PrescriptionRules.class, region, date,
        (b, r, d) -> new PrescriptionRules(b, r, d, EntitlementRegistry.standard()));
  }

  /**
   * {@return the rules of {@code region} on {@code date} with the programmes of {@code registry};
   * not cached: resolve once and reuse for every household of the region}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param registry the programmes to apply, in order
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static PrescriptionRules resolve(PolicyBook book, RegionCode region, LocalDate date, EntitlementRegistry registry) {
    return new PrescriptionRules(book, region, date, registry);
  }

  /**
   * {@return the prescription for {@code c}'s household on {@code date}, with the rules of its
   * village (resolved once per book, village and date)}
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
    return resolve(book, c.household().village(), date).explain(c);
  }

  /**
   * {@return the prescription for {@code c} with its explanation, printable for the public notice}
   *
   * @param c the household, and its relocation if any
   */
  public Explained<Prescription> explain(PrescriptionCase c) {
    RecordingTrace trace = Trace.recording(RULE);
    Prescription result = prescribe(c, trace);
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
    BatchAssignment batch = batches.assign(h, trace.rule(BatchRules.RULE));
    HouseholdStanding standing = HouseholdStanding.of(h, date, id, c.relocation());
    Grants grants = Grants.collecting();
    if (trace.isOn()) {
      for (EntitlementProgramme.Rules p : programmes) {
        p.grant(standing, trace, grants);
      }
    } else {
      // without an explanation, the programmes grant from the facts: the rules the columnar path runs
      HouseholdFacts facts = HouseholdFacts.of(h, c.relocation());
      GrantSink sink = grants.sink(h);
      for (int p = 0; p < programmeRules.length; p++) {
        if (grantsFromFacts[p]) {
          programmeRules[p].grant(facts, standing.poor(), standing.extreme(), sink);
        } else {
          programmeRules[p].grant(standing, trace, grants);
        }
      }
    }
    if (trace.isOn()) {
      trace.amount(MONTHLY_TOTAL, grants.monthlyTotal()).amount(YEARLY_TOTAL, grants.yearlyTotal())
          .result(grants.yearlyTotal());
    }
    return Prescription.builder().householdId(h.id()).date(date).identification(id).batch(batch)
        .missingGuarantees(id.deficits()).estimatedOrUnverified(unofficial).entitlements(grants.entitlements())
        .monthlyTotal(grants.monthlyTotal()).yearlyTotal(grants.yearlyTotal())
        .personalShareCap(grants.personalShareCap()).build();
  }

  /**
   * Prescribes the household read through {@code household}, with no explanation, into
   * {@code sink}: its standing (identification and the registration), its primary batch, then
   * what each programme grants, exactly as {@link #prescribe(PrescriptionCase, Trace)} gives it.
   * The columnar prescription calls this for each row. Builds no household or result object for
   * programmes that grant from facts; a programme that grants through the object path only is
   * given the household as an object ({@link HouseholdFacts#household()}), identified again, and its grants are passed on.
   * Unlike the per-household call it does not check birth dates against the date.
   *
   * @param household the household's facts
   * @param sink where the standing and the grants go
   * @throws org.jingzhun.core.validation.ValidationException if a parameter a household needs is
   *     not in force (as the per-household call)
   */
  public void prescribe(HouseholdFacts household, PrescriptionSink sink) {
    boolean identifiedPoor = identification.isPoor(household);
    boolean poor = identifiedPoor || household.registeredPoor();
    boolean extreme = household.registeredExtreme()
        || (identifiedPoor && identification.category(household) == PovertyCategory.EXTREME_POVERTY_SUPPORT);
    sink.standing(poor, extreme, batches.primary(household));
    grantFromFacts(household, poor, extreme, sink);
  }

  /**
   * Grants the household read through {@code household} what every programme gives it, in the
   * registry's order, with the standing the caller states instead of the one identification gives:
   * the campaign simulation's registered households keep their policies after they exit
   * (脱贫不脱政策). The same rule code as {@link #prescribe(HouseholdFacts, PrescriptionSink)}, with no
   * explanation and no result objects for programmes that grant from facts.
   *
   * @param household the household's facts
   * @param poor whether the programmes are to treat the household as poor
   * @param extreme whether it is an extreme-poverty (特困) household
   * @param sink where the grants go
   * @throws org.jingzhun.core.validation.ValidationException if a parameter a household needs is
   *     not in force (as the per-household call)
   */
  public void grant(HouseholdFacts household, boolean poor, boolean extreme, GrantSink sink) {
    grantFromFacts(household, poor, extreme, sink);
  }

  /**
   * Each programme grants from the facts, in the registry's order. The first eight are called
   * from a call site each, so that the compiler sees one class of rules at a site and calls it
   * directly (or inlines it); called from one loop, every programme would go through the same site
   * and be dispatched by its interface on every household. Programmes after the eighth share the loop.
   */
  private void grantFromFacts(HouseholdFacts h, boolean poor, boolean extreme, GrantSink sink) {
    EntitlementProgramme.Rules[] p = factsPath;
    int n = p.length;
    if (n == 0) {
      return;
    }
    p[0].grant(h, poor, extreme, sink);
    if (n == 1) {
      return;
    }
    p[1].grant(h, poor, extreme, sink);
    if (n == 2) {
      return;
    }
    p[2].grant(h, poor, extreme, sink);
    if (n == 3) {
      return;
    }
    p[3].grant(h, poor, extreme, sink);
    if (n == 4) {
      return;
    }
    p[4].grant(h, poor, extreme, sink);
    if (n == 5) {
      return;
    }
    p[5].grant(h, poor, extreme, sink);
    if (n == 6) {
      return;
    }
    p[6].grant(h, poor, extreme, sink);
    if (n == 7) {
      return;
    }
    p[7].grant(h, poor, extreme, sink);
    for (int i = 8; i < n; i++) {
      p[i].grant(h, poor, extreme, sink);
    }
  }

  /** A programme without the facts path, run on the facts path by {@link #grantByObject}. */
  private final class ObjectPath implements EntitlementProgramme.Rules {
    private final EntitlementProgramme.Rules rules;

    ObjectPath(EntitlementProgramme.Rules rules) {
      this.rules = rules;
    }

    @Override
    public void grant(HouseholdStanding household, Trace trace, Grants grants) {
      rules.grant(household, trace, grants);
    }

    @Override
    public boolean grantsFromFacts() {
      return true;
    }

    @Override
    public void grant(HouseholdFacts household, boolean poor, boolean extreme, GrantSink grants) {
      grantByObject(rules, household, grants);
    }
  }

  /** A programme without the facts path, given the household as an object. */
  private void grantByObject(EntitlementProgramme.Rules p, HouseholdFacts facts, GrantSink sink) {
    Household h = facts.household();
    Grants grants = Grants.collecting();
    p.grant(HouseholdStanding.of(h, date, identification.identify(h, Trace.off()), facts.relocation()), Trace.off(), grants);
    for (Entitlement e : grants.entitlements()) {
      int member = e.memberId().map(id -> memberIndex(h, id)).orElse(GrantSink.HOUSEHOLD);
      sink.grant(e.kind(), member, (e.kind().payment() == Payment.MONTHLY ? e.monthly() : e.yearly()).fen());
    }
    grants.personalShareCap().ifPresent(sink::personalShareCap);
  }

  private static int memberIndex(Household h, String memberId) {
    for (int m = 0; m < h.size(); m++) {
      if (h.members().get(m).id().equals(memberId)) {
        return m;
      }
    }
    throw new IllegalStateException("a programme granted to " + memberId + ", who is not a member of " + h.id());
  }
}
