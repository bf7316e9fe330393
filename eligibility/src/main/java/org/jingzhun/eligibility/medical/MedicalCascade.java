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
 * 医疗费用报销顺序 — passes an inpatient bill through the ordered layers of {@value #CASCADE}
 * (basic insurance → critical-illness insurance → medical assistance → health-poverty fund …).
 * Each layer pays rate × (its base remaining − its deductible remaining), within its per-bill
 * cap, what is left of its per-year cap, and what the household still owes; the base remaining
 * is the covered part, or the whole bill, less what earlier layers paid. Then, for a registered
 * poor patient treated in the county where {@value #CAP} is in force, whatever the household
 * owes above the cap × the base {@value #CAP_BASE} (TOTAL or COVERED) is paid by the county
 * (四川: 10 % of the total, 2017-02-15). Every amount is rounded to the fen by
 * {@value #ROUNDING}; the payments and the household's share add up to the total.
 */
public final class MedicalCascade {
  public static final String CASCADE = "medical.cascade";
  /** The cascade's layers, bound when the book loads. */
  public static final ParameterKey<List<CascadeLayer>> CASCADE_TABLE = ParameterKey.list(CASCADE, CascadeLayer.class);
  public static final String CAP = "medical.personal-share.cap";
  public static final String CAP_BASE = "medical.personal-share.base";
  public static final String ROUNDING = "medical.rounding";

  public static final Term RULE = Term.of("medical.cascade", "住院费用一站式结算", "inpatient bill through the cascade");
  public static final Term HOUSEHOLD = Term.of("household", "个人自付", "paid by the household");
  public static final Term CAP_AMOUNT = Term.of("cap", "个人自付封顶额", "personal-share cap");

  private final Reading cascade;
  private final Optional<Reading> cap;
  private final Optional<Reading> capBase;
  private final Reading rounding;
  private final ImmutableList<CascadeLayer> layers;
  private final RoundingMode mode;

  /** Records in {@code read} every parameter these rules read. */
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
    this.layers = ImmutableList.copyOf(cascade.value(CASCADE_TABLE));
    this.mode = rounding.rounding();
    capBase.ifPresent(b -> {
      if (!b.text().equals("TOTAL") && !b.text().equals("COVERED")) {
        throw ValidationException.of(CAP_BASE, b.text(), "for region " + region + " on " + date + " must be TOTAL or COVERED");
      }
    });
  }

  /**
   * The rules in force for {@code region} on {@code date}, resolved once per book, region and
   * date and then reused (a lookup on later calls).
   *
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static MedicalCascade resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(MedicalCascade.class, region, date, MedicalCascade::new);
  }

  public static CascadeResult compute(InpatientBill bill, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).settle(bill, Trace.off());
  }

  public static Explained<CascadeResult> explain(InpatientBill bill, PolicyBook book, RegionCode region, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    CascadeResult result = resolve(book, region, date).settle(bill, trace);
    return new Explained<>(result, trace.explanation());
  }

  /** The personal-share cap in force for registered poor patients, if any. */
  public Optional<Share> personalShareCap() {
    return cap.map(Reading::share);
  }

  /** Settles {@code bill}. */
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
      Money capBaseAmount = capBase.get().text().equals("TOTAL") ? total : bill.covered();
      Money capAmount = capBaseAmount.times(cap.get().share(), mode);
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
