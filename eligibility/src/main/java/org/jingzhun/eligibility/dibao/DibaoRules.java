package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.policy.IncomeTest;
import org.jingzhun.eligibility.policy.Tables;

/**
 * 农村低保核定 — rural dibao (国发〔2007〕19号): a household whose per-capita net income is below
 * the standard {@value #STANDARD} is eligible; it is paid, per month, the gap (补差) =
 * (standard − per-capita monthly income) × members = (standard × 12 × members − net income) / 12,
 * computed exactly and rounded once, the gap itself, to the fen by {@value #ROUNDING}; or, where {@value #METHOD} is {@code tiered}, the
 * payment of its tier ({@value #TIERS}). Members with a severe disability (grade 1–2) or a
 * serious illness get the classified add-ons {@value #ADDON_DISABILITY} and
 * {@value #ADDON_ILLNESS}. An extreme-poverty support household is paid
 * {@value #SUPPORT_MULTIPLE} × the standard per member instead.
 *
 * <p>A net loss (negative net income: production costs above gross income, as in a bad year) is
 * a real income, below the standard, and is assessed as it is, never set to zero. The gap it
 * gives is capped at standard × members — dibao tops income up to the standard, it does not
 * make good a business loss — and the explanation shows the negative income and the cap.
 */
public final class DibaoRules {
  public static final String STANDARD = "dibao.standard.rural";
  public static final String METHOD = "dibao.payment.method";
  public static final String TIERS = "dibao.payment.tiers";
  public static final String ROUNDING = "dibao.payment.rounding";
  public static final String ADDON_DISABILITY = "dibao.addon.severe-disability";
  public static final String ADDON_ILLNESS = "dibao.addon.serious-illness";
  public static final String SUPPORT_MULTIPLE = "extreme-poverty.support.multiple";

  public static final Term RULE = Term.of("dibao", "农村低保核定", "rural dibao assessment");
  public static final Term NET_INCOME = Term.of("netIncome", "家庭年纯收入", "yearly net income");
  public static final Term MEMBERS = Term.of("members", "家庭人口", "members");
  public static final Term YEARLY_SHORTFALL = Term.of("yearlyShortfall", "全年收入差额（低保标准×12×人口−年纯收入）",
      "yearly shortfall (standard × 12 × members − net income)");
  public static final Term GAP = Term.of("gapToStandard", "补差金额（月）", "gap to the standard (a month)");
  public static final Term GAP_CAPPED = Term.of("gapCappedAtStandard", "家庭年纯收入为负：补差以低保标准×人口为限",
      "net income is negative: the gap is capped at the standard × members");
  public static final Term TIER = Term.of("tierPayment", "分档发放金额（月）", "tier payment (a month)");
  public static final Term SUPPORT = Term.of("support", "特困供养金（月）", "extreme-poverty support (a month)");
  public static final Term ELIGIBLE = Term.of("eligible", "人均收入低于低保标准", "per-capita income below the standard");
  public static final Term NOT_ELIGIBLE = Term.of("notEligible", "人均收入不低于低保标准", "per-capita income not below the standard");

  private static final int MONTHS = 12;

  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate date;
  private final Reading standard;
  private final Reading method;
  private final Reading rounding;
  private final Reading addOnDisability;
  private final Reading addOnIllness;
  private final Optional<Reading> supportMultiple;
  private final Optional<Reading> tiersReading;
  private final boolean tiered;
  private final List<Tier> tiers;
  private final AddOnRule disability;
  private final AddOnRule illness;
  private final RoundingMode mode;
  private final Money standardMonthly;
  private final Money standardYearly;

  private DibaoRules(PolicyBook book, RegionCode region, LocalDate date) {
    this.book = book;
    this.region = region;
    this.date = date;
    this.standard = book.get(STANDARD, region, date);
    this.method = book.get(METHOD, region, date);
    this.rounding = book.get(ROUNDING, region, date);
    this.addOnDisability = book.get(ADDON_DISABILITY, region, date);
    this.addOnIllness = book.get(ADDON_ILLNESS, region, date);
    this.supportMultiple = book.find(SUPPORT_MULTIPLE, region, date);
    this.tiered = switch (method.text()) {
      case "gap" -> false;
      case "tiered" -> true;
      default -> throw ValidationException.of(METHOD, method.text(),
          "for region " + region + " on " + date + " must be 'gap' or 'tiered'");
    };
    this.tiersReading = tiered ? Optional.of(book.get(TIERS, region, date)) : Optional.empty();
    this.tiers = tiersReading.map(r -> ImmutableList.copyOf(Tables.bind(r, new TypeReference<List<Tier>>() {})))
        .orElse(ImmutableList.of());
    this.disability = Tables.bind(addOnDisability, AddOnRule.class);
    this.illness = Tables.bind(addOnIllness, AddOnRule.class);
    this.mode = rounding.rounding();
    this.standardMonthly = standard.money();
    this.standardYearly = standardMonthly.times(MONTHS);
  }

  public static DibaoRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new DibaoRules(book, region, date);
  }

  public static DibaoAssessment compute(DibaoCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.household().village(), date).assess(c.household(), c.extremePovertySupport(), Trace.off());
  }

  public static Explained<DibaoAssessment> explain(DibaoCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    DibaoAssessment result = resolve(book, c.household().village(), date).assess(c.household(), c.extremePovertySupport(), trace);
    return new Explained<>(result, trace.explanation());
  }

  /** The standard per person per month. */
  public Money standardMonthly() {
    return standardMonthly;
  }

  /**
   * Assesses {@code household}'s dibao; a negative net income is below the standard, and its gap
   * is capped at standard × members.
   */
  public DibaoAssessment assess(Household household, boolean extremePovertySupport, Trace trace) {
    Money net = household.netIncome();
    int members = household.size();
    trace.input(NET_INCOME, net).input(MEMBERS, members).parameter(standard);
    DibaoAssessment.Builder out = DibaoAssessment.builder().standard(standardMonthly).monthlyTopUp(Money.ZERO)
        .monthlySupport(Money.ZERO);
    if (extremePovertySupport) {
      Reading multiple = supportMultiple.orElseGet(() -> book.get(SUPPORT_MULTIPLE, region, date));
      Money perPerson = standardMonthly.times(multiple.decimal(), mode);
      Money support = perPerson.times(members);
      trace.parameter(multiple).parameter(rounding).amount(SUPPORT, support).result(support);
      return out.eligible(true).monthlySupport(support).build();
    }
    boolean eligible = IncomeTest.below(net, members, standardYearly);
    trace.note(eligible ? ELIGIBLE : NOT_ELIGIBLE);
    if (!eligible) {
      trace.result(Money.ZERO);
      return out.eligible(false).build();
    }
    trace.parameter(method).parameter(rounding);
    Money topUp = tiered ? tierPayment(net, members, trace) : gap(net, members, trace);
    out.eligible(true).monthlyTopUp(topUp);
    trace.parameter(addOnDisability).parameter(addOnIllness);
    for (Person p : household.members()) {
      if (p.hasSevereDisability()) {
        addOn(out, p, AddOnKind.SEVERE_DISABILITY, disability);
      }
      if (p.health() == HealthCondition.SERIOUS_ILLNESS) {
        addOn(out, p, AddOnKind.SERIOUS_ILLNESS, illness);
      }
    }
    DibaoAssessment result = out.build();
    trace.result(result.monthlyTotal());
    return result;
  }

  private void addOn(DibaoAssessment.Builder out, Person p, AddOnKind kind, AddOnRule rule) {
    Money monthly = rule.monthly(standardMonthly, mode);
    if (monthly.isPositive()) {
      out.addAddOns(MemberAddOn.of(p.id(), kind, monthly));
    }
  }

  /**
   * The gap: the yearly shortfall / 12, rounded once (rounding the income instead would reverse
   * the mode); for a net loss, at most standard × members.
   */
  private Money gap(Money net, int members, Trace trace) {
    Money shortfall = standardYearly.times(members).minus(net);
    Money gap = Money.ofFen(LongMath.divide(shortfall.fen(), MONTHS, mode)).max(Money.ZERO);
    trace.amount(YEARLY_SHORTFALL, shortfall);
    if (net.isNegative()) {
      gap = gap.min(standardMonthly.times(members));
      trace.note(GAP_CAPPED);
    }
    trace.amount(GAP, gap);
    return gap;
  }

  private Money tierPayment(Money net, int members, Trace trace) {
    trace.parameter(tiersReading.get());
    for (Tier t : tiers) {
      if (IncomeTest.below(net, members, standardYearly, t.below().value())) {
        Money pay = standardMonthly.times(t.pay(), mode).times(members);
        trace.amount(TIER, pay);
        return pay;
      }
    }
    trace.amount(TIER, Money.ZERO);
    return Money.ZERO;
  }
}
