package org.jingzhun.eligibility.education;

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
 * up to {@value #LOAN_MAX} a year with interest subsidised, and the national encouragement
 * scholarship ({@value #SCHOLARSHIP}), awarded on merit and so granted with no amount of its
 * own. In preschool the subsidy {@value #PRESCHOOL}; in secondary vocational school the Rain and
 * Dew plan's subsidy {@value #RAIN_AND_DEW} beside the national grant. Yearly amounts are paid in
 * {@value #TERMS} equal terms, split to the fen so that they add up to the year.
 */
public final class EducationRules {
  /**
   * The prefix of the living-allowance parameters: {@value} followed by the stage and {@code .boarding} or {@code .day}.
   */
  public static final String PREFIX_ALLOWANCE = "education.living-allowance.";
  /** The parameter {@value}: nutrition subsidy in compulsory education (义务教育营养膳食补助). */
  public static final String NUTRITION = "education.nutrition.compulsory";
  /** The parameter {@value}: national grant, senior high (普通高中国家助学金). */
  public static final String GRANT_SENIOR_HIGH = "education.national-grant.senior-high";
  /** The parameter {@value}: national grant, secondary vocational (中职国家助学金). */
  public static final String GRANT_VOCATIONAL = "education.national-grant.secondary-vocational";
  /** The parameter {@value}: national grant, higher education (average) (普通高校国家助学金（平均）). */
  public static final String GRANT_HIGHER = "education.national-grant.higher";
  /**
   * The parameter {@value}: yearly limit of a student credit loan (interest fully subsidised while
   * studying) (生源地信用助学贷款年度上限（在读期间全额贴息）).
   */
  public static final String LOAN_MAX = "education.student-loan.max";
  /** The parameter {@value}: preschool subsidy a year for a child of a poor household (学前教育资助). */
  public static final String PRESCHOOL = "education.preschool.subsidy";
  /** The parameter {@value}: the Rain and Dew plan's subsidy a year for a vocational student (雨露计划职业教育补助). */
  public static final String RAIN_AND_DEW = "education.rain-and-dew.vocational";
  /**
   * The parameter {@value}: national encouragement scholarship a year in higher education, if
   * awarded (国家励志奖学金).
   */
  public static final String SCHOLARSHIP = "education.scholarship.higher";
  /** The parameter {@value}: terms a school year is paid in (每学年学期数（按学期发放）). */
  public static final String TERMS = "education.terms-per-year";

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
    read.need(PREFIX_ALLOWANCE + "primary.boarding");
    read.need(PREFIX_ALLOWANCE + "primary.day");
    read.need(PREFIX_ALLOWANCE + "junior-middle.boarding");
    read.need(PREFIX_ALLOWANCE + "junior-middle.day");
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
    this.primaryBoarding = book.get(PREFIX_ALLOWANCE + "primary.boarding", region, date);
    this.primaryDay = book.get(PREFIX_ALLOWANCE + "primary.day", region, date);
    this.juniorBoarding = book.get(PREFIX_ALLOWANCE + "junior-middle.boarding", region, date);
    this.juniorDay = book.get(PREFIX_ALLOWANCE + "junior-middle.day", region, date);
    this.nutrition = book.get(NUTRITION, region, date);
    this.grantSeniorHigh = book.get(GRANT_SENIOR_HIGH, region, date);
    this.grantVocational = book.get(GRANT_VOCATIONAL, region, date);
    this.grantHigher = book.get(GRANT_HIGHER, region, date);
    this.loanMax = book.get(LOAN_MAX, region, date);
    this.terms = book.get(TERMS, region, date);
    this.preschool = book.get(PRESCHOOL, region, date);
    this.rainAndDew = book.get(RAIN_AND_DEW, region, date);
    this.scholarship = book.get(SCHOLARSHIP, region, date);
    if (terms.integer() < 1) {
      throw ValidationException.of(Tables.path(terms), terms.integer(), "a school year is paid in at least one term");
    }
    this.termWeights = Collections.nCopies(terms.integer(), BigInteger.ONE);
    this.noTerms = Collections.nCopies(terms.integer(), Money.ZERO);
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
            .yearly(Money.ZERO).perTerm(noTerms).loanLimit(loanMax.money()).build());
      } else if (aid == EducationAid.SCHOLARSHIP) {
        trace.parameter(scholarship);
        out.add(EducationEntitlement.builder().memberId(members.get(m).id()).stage(stage).aid(aid)
            .yearly(Money.ZERO).perTerm(noTerms).scholarshipIfAwarded(scholarship.money()).build());
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
     *     limit is {@value #LOAN_MAX}, and the scholarship, awarded on merit)
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
