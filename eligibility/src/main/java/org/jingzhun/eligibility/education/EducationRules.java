package org.jingzhun.eligibility.education;

import org.jingzhun.core.policy.ParameterKey;
import java.util.Optional;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import java.util.Map;

import org.jingzhun.core.policy.PolicyReader;
import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.policy.Tables;

/**
 * 教育扶贫资助 — the aid each student of a poor household gets, by stage: fees waived at every
 * stage below higher education; in compulsory education (两免一补) a living allowance (boarders
 * and day pupils differ) and the nutrition subsidy; in senior high and secondary vocational
 * school the national grant; in higher education the national grant and a student credit loan
 * up to {@code education.student-loan.max} a year with interest subsidised, and the national encouragement
 * scholarship ({@code education.scholarship.higher}), awarded on merit and so granted with no amount of its
 * own. In preschool the subsidy {@code education.preschool.subsidy}; in secondary vocational school the Rain and
 * Dew plan's subsidy {@code education.rain-and-dew.vocational} beside the national grant. Yearly amounts are paid in
 * {@code education.terms-per-year} equal terms, split to the fen so that they add up to the year.
 */
public final class EducationRules {
  /** The parameter {@code education.living-allowance.primary.boarding}: living allowance, primary school boarder (小学寄宿生生活补助). */
  public static final ParameterKey<Money> ALLOWANCE_PRIMARY_BOARDING = ParameterKey.money("education.living-allowance.primary.boarding");
  /** The parameter {@code education.living-allowance.primary.day}: living allowance, primary day pupil (小学走读生生活补助). */
  public static final ParameterKey<Money> ALLOWANCE_PRIMARY_DAY = ParameterKey.money("education.living-allowance.primary.day");
  /** The parameter {@code education.living-allowance.junior-middle.boarding}: living allowance, junior middle boarder (初中寄宿生生活补助). */
  public static final ParameterKey<Money> ALLOWANCE_JUNIOR_BOARDING =
      ParameterKey.money("education.living-allowance.junior-middle.boarding");
  /** The parameter {@code education.living-allowance.junior-middle.day}: living allowance, junior middle day pupil (初中走读生生活补助). */
  public static final ParameterKey<Money> ALLOWANCE_JUNIOR_DAY = ParameterKey.money("education.living-allowance.junior-middle.day");
  /** The parameter {@code education.nutrition.compulsory}: nutrition subsidy in compulsory education (义务教育营养膳食补助). */
  public static final ParameterKey<Money> NUTRITION = ParameterKey.money("education.nutrition.compulsory");
  /** The parameter {@code education.national-grant.senior-high}: national grant, senior high (普通高中国家助学金). */
  public static final ParameterKey<Money> GRANT_SENIOR_HIGH = ParameterKey.money("education.national-grant.senior-high");
  /** The parameter {@code education.national-grant.secondary-vocational}: national grant, secondary vocational (中职国家助学金). */
  public static final ParameterKey<Money> GRANT_VOCATIONAL = ParameterKey.money("education.national-grant.secondary-vocational");
  /** The parameter {@code education.national-grant.higher}: national grant, higher education (average) (普通高校国家助学金（平均）). */
  public static final ParameterKey<Money> GRANT_HIGHER = ParameterKey.money("education.national-grant.higher");
  /**
   * The parameter {@code education.student-loan.max}: yearly limit of a student credit loan (interest fully subsidised while
   * studying) (生源地信用助学贷款年度上限（在读期间全额贴息）).
   */
  public static final ParameterKey<Money> LOAN_MAX = ParameterKey.money("education.student-loan.max");
  /** The parameter {@code education.preschool.subsidy}: preschool subsidy a year for a child of a poor household (学前教育资助). */
  public static final ParameterKey<Money> PRESCHOOL = ParameterKey.money("education.preschool.subsidy");
  /**
   * The parameter {@code education.rain-and-dew.vocational}: the Rain and Dew plan's subsidy a year for a vocational
   * student (雨露计划职业教育补助).
   */
  public static final ParameterKey<Money> RAIN_AND_DEW = ParameterKey.money("education.rain-and-dew.vocational");
  /**
   * The parameter {@code education.scholarship.higher}: national encouragement scholarship a year in higher education, if
   * awarded (国家励志奖学金).
   */
  public static final ParameterKey<Money> SCHOLARSHIP = ParameterKey.money("education.scholarship.higher");
  /** The parameter {@code education.terms-per-year}: terms a school year is paid in (每学年学期数（按学期发放）). */
  public static final ParameterKey<Integer> TERMS = ParameterKey.count("education.terms-per-year");

  /** The term 教育扶贫资助 (education assistance), as explanations print it. */
  public static final Term RULE = Term.of("education", "教育扶贫资助", "education assistance");

  private final Reading primaryBoarding;
  private final Reading primaryDay;
  private final Reading juniorBoarding;
  private final Reading juniorDay;
  private final Reading nutrition;
  private final Reading grantSeniorHigh;
  private final Reading grantVocational;
  private final Reading grantHigher;
  private final Reading loanMax;
  private final Reading terms;
  private final Reading preschool;
  private final Reading rainAndDew;
  private final Reading scholarship;
  private final List<BigInteger> termWeights;
  private final List<Money> noTerms;
  private final java.util.Map<Money, List<Money>> splits = new java.util.HashMap<>();

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(ALLOWANCE_PRIMARY_BOARDING);
    read.need(ALLOWANCE_PRIMARY_DAY);
    read.need(ALLOWANCE_JUNIOR_BOARDING);
    read.need(ALLOWANCE_JUNIOR_DAY);
    read.need(NUTRITION);
    read.need(GRANT_SENIOR_HIGH);
    read.need(GRANT_VOCATIONAL);
    read.need(GRANT_HIGHER);
    read.need(LOAN_MAX);
    read.need(TERMS);
    read.need(PRESCHOOL);
    read.need(RAIN_AND_DEW);
    read.need(SCHOLARSHIP);
  }

  private EducationRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, EducationRules::need);
    this.primaryBoarding = book.get(ALLOWANCE_PRIMARY_BOARDING, region, date);
    this.primaryDay = book.get(ALLOWANCE_PRIMARY_DAY, region, date);
    this.juniorBoarding = book.get(ALLOWANCE_JUNIOR_BOARDING, region, date);
    this.juniorDay = book.get(ALLOWANCE_JUNIOR_DAY, region, date);
    this.nutrition = book.get(NUTRITION, region, date);
    this.grantSeniorHigh = book.get(GRANT_SENIOR_HIGH, region, date);
    this.grantVocational = book.get(GRANT_VOCATIONAL, region, date);
    this.grantHigher = book.get(GRANT_HIGHER, region, date);
    this.loanMax = book.get(LOAN_MAX, region, date);
    this.terms = book.get(TERMS, region, date);
    this.preschool = book.get(PRESCHOOL, region, date);
    this.rainAndDew = book.get(RAIN_AND_DEW, region, date);
    this.scholarship = book.get(SCHOLARSHIP, region, date);
    if (terms.value(TERMS) < 1) {
      throw ValidationException.of(Tables.path(terms), terms.value(TERMS), "a school year is paid in at least one term");
    }
    this.termWeights = Collections.nCopies(terms.value(TERMS), BigInteger.ONE);
    this.noTerms = Collections.nCopies(terms.value(TERMS), Money.ZERO);
    // each amount's split into terms, computed once for the rules' lifetime (read-only afterwards)
    for (Reading r : List.of(primaryBoarding, primaryDay, juniorBoarding, juniorDay, nutrition, grantSeniorHigh, grantVocational, grantHigher,
        preschool, rainAndDew)) {
      splits.computeIfAbsent(r.money(), m -> m.isZero() ? noTerms : m.allocate(termWeights));
    }
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
  public static EducationRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(EducationRules.class, region, date, EducationRules::new);
  }

  /**
   * {@return the aid of every student of a poor {@code household}}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   */
  public static List<EducationEntitlement> compute(Household household, PolicyBook book, LocalDate date) {
    return resolve(book, household.village(), date).entitlements(household, Trace.off());
  }

  /**
   * {@return the aid of every student of {@code household}, which the caller has found poor}
   *
   * @param household the household
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public List<EducationEntitlement> entitlements(Household household, Trace trace) {
    ImmutableList.Builder<EducationEntitlement> out = ImmutableList.builder();
    List<Person> members = household.members();
    walk(HouseholdFacts.of(household, Optional.empty()), (m, stage, aid, amount) -> {
      if (aid == EducationAid.STUDENT_LOAN_INTEREST_SUBSIDY) {
        trace.parameter(loanMax);
        out.add(EducationEntitlement.builder().memberId(members.get(m).id()).stage(stage).aid(aid)
            .yearly(Money.ZERO).perTerm(noTerms).loanLimit(loanMax.value(LOAN_MAX)).build());
      } else if (aid == EducationAid.SCHOLARSHIP) {
        trace.parameter(scholarship);
        out.add(EducationEntitlement.builder().memberId(members.get(m).id()).stage(stage).aid(aid)
            .yearly(Money.ZERO).perTerm(noTerms).scholarshipIfAwarded(scholarship.value(SCHOLARSHIP)).build());
      } else {
        out.add(aid(members.get(m), stage, aid, amount, trace));
      }
    });
    return out.build();
  }

  /** Receives each aid of a student, in the order the rules grant them. */
  @FunctionalInterface
  public interface AidSink {
    /**
     * Receives one aid.
     *
     * @param member the student's index in the household
     * @param aid the aid
     * @param yearlyFen its amount a year in fen (zero for fees waived, the student loan, whose
     *     limit is {@code education.student-loan.max}, and the scholarship, awarded on merit)
     */
    void aid(int member, EducationAid aid, long yearlyFen);
  }

  /**
   * Gives {@code sink} the aid of every student of the household read through {@code household},
   * which the caller has found poor: exactly the aid, in the order, of {@link #entitlements}.
   *
   * @param household the household's facts
   * @param sink where each aid goes
   */
  public void aid(HouseholdFacts household, AidSink sink) {
    walk(household, (m, stage, aid, amount) -> sink.aid(m, aid, amount == null ? 0 : amount.money().fen()));
  }

  /** One aid of a student: the reading of its amount, or null for fees waived, the loan and the scholarship. */
  @FunctionalInterface
  private interface Visitor {
    void aid(int member, SchoolStage stage, EducationAid aid, Reading amount);
  }

  /** The aid of each student by stage, in the order granted: the rules, written once. */
  private void walk(HouseholdFacts h, Visitor out) {
    for (int m = 0, n = h.members(); m < n; m++) {
      if (!h.inSchool(m)) {
        continue;
      }
      SchoolStage stage = h.schoolStage(m);
      switch (stage) {
        case PRESCHOOL -> {
          out.aid(m, stage, EducationAid.FEE_WAIVER, null);
          out.aid(m, stage, EducationAid.PRESCHOOL_SUBSIDY, preschool);
        }
        case PRIMARY, JUNIOR_MIDDLE -> {
          out.aid(m, stage, EducationAid.FEE_WAIVER, null);
          Reading allowance = stage == SchoolStage.PRIMARY
              ? (h.boarding(m) ? primaryBoarding : primaryDay)
              : (h.boarding(m) ? juniorBoarding : juniorDay);
          out.aid(m, stage, EducationAid.LIVING_ALLOWANCE, allowance);
          out.aid(m, stage, EducationAid.NUTRITION, nutrition);
        }
        case SENIOR_HIGH, SECONDARY_VOCATIONAL -> {
          out.aid(m, stage, EducationAid.FEE_WAIVER, null);
          out.aid(m, stage, EducationAid.NATIONAL_GRANT, stage == SchoolStage.SENIOR_HIGH ? grantSeniorHigh : grantVocational);
          if (stage == SchoolStage.SECONDARY_VOCATIONAL) {
            out.aid(m, stage, EducationAid.RAIN_AND_DEW, rainAndDew);
          }
        }
        case HIGHER -> {
          out.aid(m, stage, EducationAid.NATIONAL_GRANT, grantHigher);
          out.aid(m, stage, EducationAid.STUDENT_LOAN_INTEREST_SUBSIDY, null);
          out.aid(m, stage, EducationAid.SCHOLARSHIP, null);
        }
      }
    }
  }

  private EducationEntitlement aid(Person p, SchoolStage stage, EducationAid aid, Reading amount, Trace trace) {
    Money yearly = amount == null ? Money.ZERO : amount.money();
    if (amount != null) {
      trace.parameter(amount);
    }
    return EducationEntitlement.builder().memberId(p.id()).stage(stage).aid(aid).yearly(yearly)
        .perTerm(yearly.isZero() ? noTerms : splits.get(yearly)).build();
  }
}
