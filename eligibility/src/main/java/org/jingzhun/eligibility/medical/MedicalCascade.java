package org.jingzhun.eligibility.medical;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 医疗费用报销顺序 — passes an inpatient bill through the ordered layers of {@code medical.cascade}
 * (basic insurance → critical-illness insurance → medical assistance → health-poverty fund …).
 * Each layer pays rate × (its base remaining − its deductible remaining), within its per-bill
 * cap, what is left of its per-year cap, and what the household still owes; the base remaining
 * is the covered part, or the whole bill, less what earlier layers paid. Then, for a registered
 * poor patient treated in the county where {@code medical.personal-share.cap} is in force, whatever the household
 * owes above the cap × the base {@code medical.personal-share.base} (TOTAL or COVERED) is paid by the county
 * (四川: 10 % of the total, 2017-02-15). Every amount is rounded to the fen by
 * {@code medical.rounding}; the payments and the household's share add up to the total.
 */
public final class MedicalCascade {
  /** The parameter {@code medical.cascade}: the ordered layers of the medical cascade (健康扶贫医疗费用报销的各层（按序）). */
  public static final ParameterKey<List<CascadeLayer>> CASCADE = ParameterKey.list("medical.cascade", CascadeLayer.class);
  /**
   * The parameter {@code medical.personal-share.cap}: cap on the personal share of in-county inpatient costs of registered
   * poor patients (建档立卡贫困患者县域内住院个人自付比例上限).
   */
  public static final ParameterKey<Share> CAP = ParameterKey.share("medical.personal-share.cap");
  /**
   * The parameter {@code medical.personal-share.base}: base of the personal-share cap (TOTAL bill or COVERED part)
   * (个人自付比例的计算基数（TOTAL 医疗总费用 或 COVERED 政策范围内费用）).
   */
  public static final ParameterKey<String> CAP_BASE = ParameterKey.text("medical.personal-share.base");
  /** The parameter {@code medical.rounding}: rounding of cascade payments to the fen (报销金额计算到分的舍入方式). */
  public static final ParameterKey<RoundingMode> ROUNDING = ParameterKey.rounding("medical.rounding");

  /** The term 住院费用一站式结算 (inpatient bill through the cascade), as explanations print it. */
  public static final Term RULE = Term.of("medical.cascade", "住院费用一站式结算", "inpatient bill through the cascade");
  /** The term 个人自付 (paid by the household), as explanations print it. */
  public static final Term HOUSEHOLD = Term.of("household", "个人自付", "paid by the household");
  /** The term 个人自付封顶额 (personal-share cap), as explanations print it. */
  public static final Term CAP_AMOUNT = Term.of("cap", "个人自付封顶额", "personal-share cap");

  private final Reading cascade;
  private final Optional<Reading> cap;
  private final Optional<Reading> capBase;
  private final Reading rounding;
  private final ImmutableList<CascadeLayer> layers;
  private final RoundingMode mode;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(CASCADE);
    read.need(ROUNDING);
    read.ifInForce(CAP).ifPresent(cap -> read.need(CAP_BASE));
  }

  private MedicalCascade(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, MedicalCascade::need);
    this.cascade = book.get(CASCADE, region, date);
    // the cap is a policy of its own date (Sichuan from 2017-02-15): none before it
    this.cap = book.find(CAP, region, date);
    this.capBase = cap.isPresent() ? Optional.of(book.get(CAP_BASE, region, date)) : Optional.empty();
    this.rounding = book.get(ROUNDING, region, date);
    this.layers = ImmutableList.copyOf(cascade.value(CASCADE));
    this.mode = rounding.value(ROUNDING);
    capBase.ifPresent(b -> {
      if (!b.value(CAP_BASE).equals("TOTAL") && !b.value(CAP_BASE).equals("COVERED")) {
        throw ValidationException.of(CAP_BASE.name(), b.value(CAP_BASE), "for region " + region + " on " + date + " must be TOTAL or COVERED");
      }
    });
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
  public static MedicalCascade resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(MedicalCascade.class, region, date, MedicalCascade::new);
  }

  /**
   * {@return the settlement of {@code bill} with the rules of {@code region} on {@code date},
   * without explanation}
   *
   * @param bill the inpatient bill, with what was paid earlier in the year
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static CascadeResult compute(InpatientBill bill, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).settle(bill, Trace.off());
  }

  /**
   * {@return the settlement of {@code bill} with the rules of {@code region} on {@code date}, with
   * its derivation: every rule, input, parameter and source}
   *
   * @param bill the inpatient bill, with what was paid earlier in the year
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<CascadeResult> explain(InpatientBill bill, PolicyBook book, RegionCode region, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    CascadeResult result = resolve(book, region, date).settle(bill, trace);
    return new Explained<>(result, trace.explanation());
  }

  /** {@return the personal-share cap in force for registered poor patients, if any} */
  public Optional<Share> personalShareCap() {
    return cap.map(Reading::share);
  }

  /**
   * Settles {@code bill}.
   *
   * @param bill the inpatient bill, with what was paid earlier in the year
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return what each payer pays and what the patient pays, adding up to the bill to the fen
   */
  public CascadeResult settle(InpatientBill bill, Trace trace) {
    trace.parameter(cascade).parameter(rounding);
    Money total = bill.total();
    Money paid = Money.ZERO;
    CascadeResult.Builder out = CascadeResult.builder().total(total);
    for (CascadeLayer layer : layers) {
      if ((layer.poorOnly() && !bill.registeredPoor()) || (layer.inCountyOnly() && !bill.inCounty())) {
        continue;
      }
      Money owed = total.minus(paid);
      Money base = layer.base() == CascadeLayer.Base.TOTAL ? owed : bill.covered().minus(paid).max(Money.ZERO);
      Money deductible = bill.registeredPoor() ? layer.deductible().times(layer.poorDeductibleShare(), mode) : layer.deductible();
      if (layer.deductiblePerYear()) {
        deductible = deductible.minus(bill.deductibleMetThisYear().getOrDefault(layer.payer(), Money.ZERO)).max(Money.ZERO);
      }
      Money applied = deductible.min(base);
      Share rate = bill.registeredPoor() ? Share.of(layer.rate().value().add(layer.poorRateBonus().value()).min(java.math.BigDecimal.ONE)) : layer.rate();
      Money pay = base.minus(applied).times(rate, mode);
      if (layer.perBillCap().isPresent()) {
        pay = pay.min(layer.perBillCap().get());
      }
      if (layer.perYearCap().isPresent()) {
        pay = pay.min(layer.perYearCap().get().minus(bill.paidThisYear().getOrDefault(layer.payer(), Money.ZERO)).max(Money.ZERO));
      }
      pay = pay.min(owed);
      paid = paid.plus(pay);
      out.addPayments(PayerPayment.builder().payer(layer.payer()).amount(pay).deductibleApplied(applied).build());
      if (trace.isOn()) {
        trace.amount(Term.of(layer.payer().name(), layer.payer().chinese(), layer.payer().english()), pay);
      }
    }
    if (cap.isPresent() && bill.registeredPoor() && bill.inCounty()) {
      Money capBaseAmount = capBase.get().value(CAP_BASE).equals("TOTAL") ? total : bill.covered();
      Money capAmount = capBaseAmount.times(cap.get().value(CAP), mode);
      Money owed = total.minus(paid);
      Money excess = owed.minus(capAmount).max(Money.ZERO);
      trace.parameter(cap.get()).parameter(capBase.get()).amount(CAP_AMOUNT, capAmount);
      out.personalShareCap(capAmount);
      if (excess.isPositive()) {
        paid = paid.plus(excess);
        out.addPayments(PayerPayment.builder().payer(Payer.PERSONAL_SHARE_CAP).amount(excess).build());
        trace.amount(Term.of(Payer.PERSONAL_SHARE_CAP.name(), Payer.PERSONAL_SHARE_CAP.chinese(), Payer.PERSONAL_SHARE_CAP.english()), excess);
      }
    }
    Money household = total.minus(paid);
    trace.amount(HOUSEHOLD, household).result(household);
    return out.household(household).build();
  }
}
