package org.jingzhun.eligibility.medical;

import org.jingzhun.core.policy.ParameterKey;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 门诊救助 — outpatient aid for the listed chronic and special diseases (门诊慢特病) that are
 * treated without a hospital stay: for a member of a poor household whose recorded illness is
 * chronic or serious, the aid is {@code medical.outpatient-aid.rate} × (the outpatient costs left after basic
 * insurance − what is left of the yearly deductible {@code medical.outpatient-aid.deductible}), within what is left of
 * the yearly cap {@code medical.outpatient-aid.cap}, rounded to the fen by {@code medical.rounding}. An
 * ordinary illness, or none, receives nothing.
 */
public final class OutpatientAid {
  /** The parameter {@code medical.outpatient-aid.deductible}: yearly deductible of outpatient aid (门诊救助年度起付线). */
  public static final ParameterKey<Money> DEDUCTIBLE = ParameterKey.money("medical.outpatient-aid.deductible");
  /** The parameter {@code medical.outpatient-aid.rate}: share of the costs above the deductible paid (门诊救助比例). */
  public static final ParameterKey<Share> RATE = ParameterKey.share("medical.outpatient-aid.rate");
  /** The parameter {@code medical.outpatient-aid.cap}: yearly cap of outpatient aid a person (门诊救助年度封顶线). */
  public static final ParameterKey<Money> CAP = ParameterKey.money("medical.outpatient-aid.cap");

  /** The term 门诊慢特病救助 (outpatient aid for chronic and special diseases), as explanations print it. */
  public static final Term RULE = Term.of("medical.outpatient-aid", "门诊慢特病救助", "outpatient aid for chronic and special diseases");
  /** The term 起付线余额 (deductible left this year), as explanations print it. */
  public static final Term DEDUCTIBLE_LEFT = Term.of("deductibleLeft", "本年起付线余额", "deductible left this year");
  /** The term 封顶线余额 (cap left this year), as explanations print it. */
  public static final Term CAP_LEFT = Term.of("capLeft", "本年封顶线余额", "cap left this year");

  private final Reading deductible;
  private final Reading rate;
  private final Reading cap;
  private final Reading rounding;
  private final Share share;
  private final RoundingMode mode;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(DEDUCTIBLE);
    read.need(RATE);
    read.need(CAP);
    read.need(MedicalCascade.ROUNDING);
  }

  private OutpatientAid(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, OutpatientAid::need);
    this.deductible = book.get(DEDUCTIBLE, region, date);
    this.rate = book.get(RATE, region, date);
    this.cap = book.get(CAP, region, date);
    this.rounding = book.get(MedicalCascade.ROUNDING, region, date);
    this.share = rate.value(RATE);
    this.mode = rounding.value(MedicalCascade.ROUNDING);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static OutpatientAid resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(OutpatientAid.class, region, date, OutpatientAid::new);
  }

  /**
   * {@return the aid on {@code claim} with the rules of {@code region} on {@code date}, without explanation}
   *
   * @param claim the member's outpatient costs, with what was paid and met earlier in the year
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if a parameter is not in force
   */
  public static OutpatientAidResult compute(OutpatientClaim claim, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).settle(claim, Trace.off());
  }

  /**
   * {@return the aid on {@code claim} with the rules of {@code region} on {@code date}, with its
   * derivation: every rule, input, parameter and source}
   *
   * @param claim the member's outpatient costs, with what was paid and met earlier in the year
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if a parameter is not in force
   */
  public static Explained<OutpatientAidResult> explain(OutpatientClaim claim, PolicyBook book, RegionCode region, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    OutpatientAidResult result = resolve(book, region, date).settle(claim, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * {@return whether {@code condition} is covered: a listed chronic or special disease, recorded
   * as a chronic or a serious illness}
   *
   * @param condition the member's recorded illness
   */
  public static boolean covers(HealthCondition condition) {
    return condition == HealthCondition.CHRONIC_ILLNESS || condition == HealthCondition.SERIOUS_ILLNESS;
  }

  /** {@return the yearly cap a person} */
  public Money cap() {
    return cap.value(CAP);
  }

  /**
   * Cites the parameters of the rule in {@code trace}.
   *
   * @param trace where the parameters are recorded
   */
  public void cite(Trace trace) {
    trace.parameter(deductible).parameter(rate).parameter(cap).parameter(rounding);
  }

  /**
   * {@return the aid on {@code claim}}
   *
   * @param claim the member's outpatient costs, with what was paid and met earlier in the year
   * @param trace where the derivation is recorded ({@link Trace#off()} records nothing)
   */
  public OutpatientAidResult settle(OutpatientClaim claim, Trace trace) {
    boolean covered = covers(claim.condition());
    Money capLeft = cap.value(CAP).minus(claim.paidThisYear()).max(Money.ZERO);
    Money deductibleLeft = deductible.value(DEDUCTIBLE).minus(claim.deductibleMetThisYear()).max(Money.ZERO);
    Money aid = covered
        ? claim.costs().minus(deductibleLeft).max(Money.ZERO).times(share, mode).min(capLeft)
        : Money.ZERO;
    if (trace.isOn()) {
      trace.input(Term.of("condition", "患病类别", "recorded illness"), claim.condition())
          .input(Term.of("costs", "门诊费用（基本医保报销后）", "outpatient costs after basic insurance"), claim.costs());
      cite(trace);
      trace.amount(DEDUCTIBLE_LEFT, deductibleLeft).amount(CAP_LEFT, capLeft).result(aid);
    }
    return OutpatientAidResult.builder().covered(covered).aid(aid).personal(claim.costs().minus(aid))
        .capLeft(capLeft.minus(aid)).build();
  }
}
