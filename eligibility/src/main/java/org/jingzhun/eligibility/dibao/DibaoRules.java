package org.jingzhun.eligibility.dibao;

import java.math.BigDecimal;
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
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.policy.IncomeTest;
import org.jingzhun.eligibility.policy.LinkedIncomeTreatment;
import org.jingzhun.eligibility.policy.LineMultiple;

/**
 * 农村低保核定 — rural dibao (国发〔2007〕19号): a household whose per-capita net income is below
 * the standard {@code dibao.standard.rural} is eligible; it is paid, per month, the gap (补差) =
 * (standard − per-capita monthly income) × members = (standard × 12 × members − net income) / 12,
 * computed exactly and rounded once, the gap itself, to the fen by {@code dibao.payment.rounding}; or, where {@code dibao.payment.method} is {@code tiered}, the
 * payment of its tier ({@code dibao.payment.tiers}). Members with a severe disability (grade 1–2) or a
 * serious illness get the classified add-ons {@code dibao.addon.severe-disability} and
 * {@code dibao.addon.serious-illness}. An extreme-poverty support household is paid
 * {@code extreme-poverty.support.multiple} × the standard per member instead.
 *
 * <p>A net loss (negative net income: production costs above gross income, as in a bad year) is
 * a real income, below the standard, and is assessed as it is, never set to zero. The gap it
 * gives is capped at standard × members — dibao tops income up to the standard, it does not
 * make good a business loss — and the explanation shows the negative income and the cap.
 *
 * <p>Eligibility and the top-up are computed on plain numbers ({@link #isEligible},
 * {@link #monthlyTopUpFen}), allocating nothing; {@link #assess(Household, boolean, Trace)}
 * computes through the same methods and adds the add-ons, support and explanation. A whole
 * register's columns are screened, with identification, by
 * {@link org.jingzhun.eligibility.screening.IncomeScreening}.
 */
public final class DibaoRules {
  /** The parameter {@code dibao.standard.rural}: rural dibao standard (农村低保标准). */
  public static final ParameterKey<PeriodicAmount> STANDARD = ParameterKey.periodic("dibao.standard.rural");
  /** The parameter {@code dibao.payment.method}: how dibao is paid (gap or tiered) (低保金发放方式（gap 补差 或 tiered 分档）). */
  public static final ParameterKey<String> METHOD = ParameterKey.text("dibao.payment.method");
  /**
   * The parameter {@code dibao.payment.tiers}: tiers of tiered payment (per-capita income below a share of the
   * standard → a share of the standard per member) (分档发放的档次（人均收入低于标准的比例→按标准的比例发放）).
   */
  public static final ParameterKey<List<Tier>> TIERS = ParameterKey.list("dibao.payment.tiers", Tier.class);
  /** The parameter {@code dibao.payment.rounding}: rounding of dibao amounts to the fen (低保金计算到分的舍入方式). */
  public static final ParameterKey<RoundingMode> ROUNDING = ParameterKey.rounding("dibao.payment.rounding");
  /**
   * The parameter {@code dibao.addon.severe-disability}: classified add-on for a member with a severe (grade 1–2) disability
   * (分类施保：重度残疾（1—2级）成员增发).
   */
  public static final ParameterKey<AddOnRule> ADDON_DISABILITY = ParameterKey.table("dibao.addon.severe-disability", AddOnRule.class);
  /**
   * The parameter {@code dibao.addon.serious-illness}: classified add-on for a member with a serious illness (分类施保：患大病成员增发).
   */
  public static final ParameterKey<AddOnRule> ADDON_ILLNESS = ParameterKey.table("dibao.addon.serious-illness", AddOnRule.class);
  /**
   * The parameter {@code extreme-poverty.support.multiple}: extreme-poverty basic living standard as a multiple of the dibao
   * standard (特困人员基本生活标准（低保标准的倍数）).
   */
  public static final ParameterKey<BigDecimal> SUPPORT_MULTIPLE = ParameterKey.decimal("extreme-poverty.support.multiple");

  /** The term 农村低保核定 (rural dibao assessment), as explanations print it. */
  public static final Term RULE = Term.of("dibao", "农村低保核定", "rural dibao assessment");
  /** The term 家庭年纯收入 (yearly net income), as explanations print it. */
  public static final Term NET_INCOME = Term.of("netIncome", "家庭年纯收入", "yearly net income");
  /** The term 家庭人口 (members), as explanations print it. */
  public static final Term MEMBERS = Term.of("members", "家庭人口", "members");
  /**
   * The term 全年收入差额（低保标准×12×人口−年纯收入） (yearly shortfall (standard × 12 × members − net income)), as
   * explanations print it.
   */
  public static final Term YEARLY_SHORTFALL = Term.of("yearlyShortfall", "全年收入差额（低保标准×12×人口−年纯收入）",
      "yearly shortfall (standard × 12 × members − net income)");
  /** The term 补差金额（月） (gap to the standard (a month)), as explanations print it. */
  public static final Term GAP = Term.of("gapToStandard", "补差金额（月）", "gap to the standard (a month)");
  /**
   * The term 家庭年纯收入为负：补差以低保标准×人口为限 (net income is negative: the gap is capped at the standard ×
   * members), as explanations print it.
   */
  public static final Term GAP_CAPPED = Term.of("gapCappedAtStandard", "家庭年纯收入为负：补差以低保标准×人口为限",
      "net income is negative: the gap is capped at the standard × members");
  /** The term 分档发放金额（月） (tier payment (a month)), as explanations print it. */
  public static final Term TIER = Term.of("tierPayment", "分档发放金额（月）", "tier payment (a month)");
  /** The term 特困供养金（月） (extreme-poverty support (a month)), as explanations print it. */
  public static final Term SUPPORT = Term.of("support", "特困供养金（月）", "extreme-poverty support (a month)");
  /** The term 人均收入低于低保标准 (per-capita income below the standard), as explanations print it. */
  public static final Term ELIGIBLE = Term.of("eligible", "人均收入低于低保标准", "per-capita income below the standard");
  /** The term 人均收入不低于低保标准 (per-capita income not below the standard), as explanations print it. */
  public static final Term NOT_ELIGIBLE = Term.of("notEligible", "人均收入不低于低保标准", "per-capita income not below the standard");

  private static final int MONTHS = 12;

  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate date;
  private final Reading standard;
  private final Optional<Reading> linkedIncome;
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
  private final long standardMonthlyFen;
  private final long standardYearlyFen;
  /** Each tier's income limit as a multiple of the yearly standard, in the tiers' order. */
  private final LineMultiple[] tierLimits;
  /** Each tier's payment per member per month in fen (standard × pay, rounded by the mode). */
  private final long[] tierPayPerMemberFen;
  /** The add-ons a month in fen, by {@link AddOnKind} ordinal. */
  private final long[] addOnFen;
  /** The support per member a month in fen, when its multiple is in force (else −1: read when asked, to fail then). */
  private final long supportPerPersonFen;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(STANDARD);
    read.need(ROUNDING);
    read.need(ADDON_DISABILITY);
    read.need(ADDON_ILLNESS);
    read.need(METHOD).filter(m -> m.value(METHOD).equals("tiered")).ifPresent(m -> read.need(TIERS));
    read.ifInForce(SUPPORT_MULTIPLE);
    LinkedIncomeTreatment.need(read, LinkedIncomeTreatment.DIBAO);
  }

  private DibaoRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, DibaoRules::need);
    this.book = book;
    this.region = region;
    this.date = date;
    this.standard = book.get(STANDARD, region, date);
    this.method = book.get(METHOD, region, date);
    this.rounding = book.get(ROUNDING, region, date);
    this.addOnDisability = book.get(ADDON_DISABILITY, region, date);
    this.addOnIllness = book.get(ADDON_ILLNESS, region, date);
    this.supportMultiple = book.find(SUPPORT_MULTIPLE, region, date);
    this.linkedIncome = LinkedIncomeTreatment.resolve(book, LinkedIncomeTreatment.DIBAO, region, date);
    this.tiered = switch (method.value(METHOD)) {
      case "gap" -> false;
      case "tiered" -> true;
      default -> throw ValidationException.of(METHOD.name(), method.value(METHOD),
          "for region " + region + " on " + date + " must be 'gap' or 'tiered'");
    };
    this.tiersReading = tiered ? Optional.of(book.get(TIERS, region, date)) : Optional.empty();
    this.tiers = tiersReading.map(r -> ImmutableList.copyOf(r.value(TIERS)))
        .orElse(ImmutableList.of());
    this.disability = addOnDisability.value(ADDON_DISABILITY);
    this.illness = addOnIllness.value(ADDON_ILLNESS);
    this.mode = rounding.value(ROUNDING);
    PeriodicAmount published = standard.value(STANDARD);
    if (published.isNegative()) {
      throw ValidationException.of(STANDARD.name(), published, "for region " + region + " on " + date + " must not be negative");
    }
    // a standard published per year is paid per month as a twelfth, rounded by the mode once
    this.standardMonthly = published.monthly(mode);
    this.standardYearly = published.yearly();
    this.standardMonthlyFen = standardMonthly.fen();
    this.standardYearlyFen = standardYearly.fen();
    this.tierLimits = tiers.stream().map(t -> LineMultiple.of(t.below().value())).toArray(LineMultiple[]::new);
    this.addOnFen = new long[] {disability.monthly(standardMonthly, mode).fen(), illness.monthly(standardMonthly, mode).fen()};
    this.tierPayPerMemberFen = tiers.stream().mapToLong(t -> published.monthlyTimes(t.pay().value(), mode).fen()).toArray();
    this.supportPerPersonFen = supportMultiple.isPresent() ? supportPerPerson(supportMultiple.get()).fen() : -1;
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
  public static DibaoRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(DibaoRules.class, region, date, DibaoRules::new);
  }

  /**
   * {@return the dibao assessment of {@code c} with the rules of its household's village on
   * {@code date}, without explanation}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static DibaoAssessment compute(DibaoCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.household().village(), date).assess(c.household(), c.extremePovertySupport(), Trace.off());
  }

  /**
   * {@return the dibao assessment of {@code c} with the rules of its household's village on
   * {@code date}, with its derivation: every rule, input, parameter and source}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<DibaoAssessment> explain(DibaoCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    DibaoAssessment result = resolve(book, c.household().village(), date).assess(c.household(), c.extremePovertySupport(), trace);
    return new Explained<>(result, trace.explanation());
  }

  /** {@return the standard per person per month} */
  public Money standardMonthly() {
    return standardMonthly;
  }

  /** {@return the standard in fen per person per month} */
  public long standardMonthlyFen() {
    return standardMonthlyFen;
  }

  /** {@return the date the rules were resolved for} */
  public LocalDate date() {
    return date;
  }

  /** {@return the standard × 12 in fen per person per year: the eligibility limit per member} */
  public long standardYearlyFen() {
    return standardYearlyFen;
  }

  /** {@return how the monthly gap is rounded to the fen ({@code dibao.payment.rounding})} */
  public RoundingMode rounding() {
    return mode;
  }

  /**
   * {@return whether the payment is by tier ({@code dibao.payment.method} {@code tiered}) rather than the gap}
   */
  public boolean paysByTier() {
    return tiered;
  }

  /**
   * {@return whether a household with net income {@code netIncomeFen} (a net loss is negative) and
   * {@code members} members is eligible: per-capita income below the standard, exactly} Exactly
   * {@link DibaoAssessment#eligible()} of {@link #assess(Household, boolean, Trace)} for a
   * household not under extreme-poverty support. Allocates nothing.
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @throws ValidationException if members is below 1
   * @throws ArithmeticException if standard × 12 × members does not fit a long
   */
  public boolean isEligible(long netIncomeFen, int members) {
    checkMembers(members);
    // IncomeTest.below with the multiple 1: net income < standard × 12 × members, checked
    return netIncomeFen < Math.multiplyExact(standardYearlyFen, (long) members);
  }

  /**
   * {@return the monthly top-up in fen of a household with net income {@code netIncomeFen} and
   * {@code members} members: the gap (rounded once by the book's rounding mode, capped at standard
   * × members for a net loss) or the tier's payment; zero when not eligible} Exactly
   * {@link DibaoAssessment#monthlyTopUp()} of {@link #assess(Household, boolean, Trace)} for a
   * household not under extreme-poverty support (add-ons and support are not included). Allocates
   * nothing.
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @throws ValidationException if members is below 1
   * @throws ArithmeticException if an amount does not fit a long
   */
  public long monthlyTopUpFen(long netIncomeFen, int members) {
    return isEligible(netIncomeFen, members) ? topUpOfEligibleFen(netIncomeFen, members) : 0;
  }

  /**
   * {@return the classified add-on of {@code kind} in fen a month for one member} Allocates nothing.
   *
   * @param kind the add-on's kind
   */
  public long monthlyAddOnFen(AddOnKind kind) {
    return addOnFen[kind.ordinal()];
  }

  /**
   * {@return the extreme-poverty support in fen a month of a household of {@code members}:
   * {@code extreme-poverty.support.multiple} × the standard per member, rounded per member by the book's mode}
   *
   * @param members the number of household members, at least 1
   * @throws ValidationException if members is below 1, or {@code extreme-poverty.support.multiple} is not in force
   */
  public long monthlySupportFen(int members) {
    checkMembers(members);
    long perPerson = supportPerPersonFen >= 0 ? supportPerPersonFen : supportPerPerson(supportMultiple()).fen();
    return Math.multiplyExact(perPerson, (long) members);
  }

  private Reading supportMultiple() {
    return supportMultiple.isPresent() ? supportMultiple.get() : book.get(SUPPORT_MULTIPLE, region, date);
  }

  private Money supportPerPerson(Reading multiple) {
    return standard.value(STANDARD).monthlyTimes(multiple.value(SUPPORT_MULTIPLE), mode);
  }

  private long topUpOfEligibleFen(long netIncomeFen, int members) {
    return tiered ? tierPaymentFen(tierIndex(netIncomeFen, members), members) : gapFen(netIncomeFen, members);
  }

  private static void checkMembers(int members) {
    if (members < 1) {
      throw ValidationException.of("members", members, "must be at least 1");
    }
  }

  /** standard × 12 × members − net income: the yearly shortfall the gap pays a twelfth of. */
  private long yearlyShortfallFen(long netIncomeFen, int members) {
    return Math.subtractExact(Math.multiplyExact(standardYearlyFen, (long) members), netIncomeFen);
  }

  /** The gap: the yearly shortfall / 12, rounded once; for a net loss, at most standard × members. */
  private long gapFen(long netIncomeFen, int members) {
    long gap = Math.max(Twelfths.of(yearlyShortfallFen(netIncomeFen, members), mode), 0);
    // the cap is computed whatever the sign, so the choice is a conditional move, not a branch
    long cap = Math.multiplyExact(standardMonthlyFen, (long) members);
    return netIncomeFen < 0 ? Math.min(gap, cap) : gap;
  }

  /** The index of the household's tier, or the number of tiers if it is in none. */
  private int tierIndex(long netIncomeFen, int members) {
    for (int i = 0; i < tierLimits.length; i++) {
      if (IncomeTest.below(netIncomeFen, members, standardYearlyFen, tierLimits[i])) {
        return i;
      }
    }
    return tierLimits.length;
  }

  private long tierPaymentFen(int tier, int members) {
    return tier < tierPayPerMemberFen.length ? Math.multiplyExact(tierPayPerMemberFen[tier], (long) members) : 0;
  }

  /**
   * Assesses {@code household}'s dibao; a negative net income is below the standard, and its gap
   * is capped at standard × members.
   *
   * @param household the household
   * @param extremePovertySupport whether the household receives extreme-poverty support, which
   *     replaces the top-up
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return the assessment: eligibility, standard, top-up, add-ons and support, per month
   */
  public DibaoAssessment assess(Household household, boolean extremePovertySupport, Trace trace) {
    Money net = household.netIncome();
    int members = household.size();
    trace.input(NET_INCOME, net).input(MEMBERS, members).parameter(standard);
    if (linkedIncome.isPresent()) { // no method reference: it would be allocated on every household's call
      trace.parameter(linkedIncome.get());
    }
    DibaoAssessment.Builder out = DibaoAssessment.builder().standard(standardMonthly).monthlyTopUp(Money.ZERO)
        .monthlySupport(Money.ZERO);
    if (extremePovertySupport) {
      Reading multiple = supportMultiple();
      Money support = Money.ofFen(monthlySupportFen(members));
      trace.parameter(multiple).parameter(rounding).amount(SUPPORT, support).result(support);
      return out.eligible(true).monthlySupport(support).build();
    }
    boolean eligible = isEligible(net.fen(), members);
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
    Money monthly = Money.ofFen(monthlyAddOnFen(kind));
    if (monthly.isPositive()) {
      out.addAddOns(MemberAddOn.of(p.id(), kind, monthly));
    }
  }

  /**
   * The gap ({@link #gapFen}) with its working: the yearly shortfall, and the cap for a net loss.
   */
  private Money gap(Money net, int members, Trace trace) {
    Money gap = Money.ofFen(gapFen(net.fen(), members));
    if (trace.isOn()) {
      trace.amount(YEARLY_SHORTFALL, Money.ofFen(yearlyShortfallFen(net.fen(), members)));
      if (net.isNegative()) {
        trace.note(GAP_CAPPED);
      }
      trace.amount(GAP, gap);
    }
    return gap;
  }

  private Money tierPayment(Money net, int members, Trace trace) {
    trace.parameter(tiersReading.get());
    Money pay = Money.ofFen(tierPaymentFen(tierIndex(net.fen(), members), members));
    trace.amount(TIER, pay);
    return pay;
  }
}
