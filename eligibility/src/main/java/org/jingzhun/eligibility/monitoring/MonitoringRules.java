package org.jingzhun.eligibility.monitoring;

import org.jingzhun.core.policy.ParameterKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.policy.IncomeTest;

/**
 * 防返贫监测 — the monitoring of households at risk of falling (back) into poverty, from the
 * guidance of 2020 to the end of the transition in 2025. A household that is not registered poor
 * (never registered, or exited) is monitored when its per-capita net income is below the year's
 * threshold {@code monitoring.income-threshold}, or when its rigid spending on illness, disability and disaster
 * exceeds {@code monitoring.rigid-spending-multiple} × its net income. An exited household is
 * an unstable exited household; another is a marginal household at risk, or, where
 * {@code monitoring.sudden-hardship} is in force and only the spending trigger fires, a household in
 * sudden severe hardship. A household registered poor and not exited is not monitored: it is
 * poor.
 *
 * <p>Identification's own monitoring flags ({@link IdentificationRules}) use a multiple of the
 * poverty line; this rule uses the yearly threshold that replaced it.
 */
public final class MonitoringRules {
  /** The parameter {@code monitoring.income-threshold}: the year's monitoring threshold a person (防返贫监测范围，年人均纯收入). */
  public static final ParameterKey<Money> THRESHOLD = ParameterKey.money("monitoring.income-threshold");
  /**
   * The parameter {@code monitoring.sudden-hardship}: whether a household above the threshold struck by heavy rigid
   * spending is a household in sudden severe hardship (突发严重困难户) rather than a marginal one.
   */
  public static final ParameterKey<Boolean> SUDDEN_HARDSHIP = ParameterKey.flag("monitoring.sudden-hardship");

  /** The term 防返贫监测 (monitoring of the risk of returning to poverty), as explanations print it. */
  public static final Term RULE = Term.of("monitoring", "防返贫监测", "monitoring of the risk of returning to poverty");
  /** The term 人均纯收入 (per-capita net income), as explanations print it. */
  public static final Term PER_CAPITA = Term.of("perCapitaNetIncome", "人均纯收入", "per-capita net income");
  /** The term 刚性支出 (rigid spending), as explanations print it. */
  public static final Term RIGID = Term.of("rigidSpending", "因病因残因灾刚性支出", "rigid spending on illness, disability and disaster");

  private final Reading threshold;
  private final Reading rigidMultiple;
  private final Reading suddenHardship;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(THRESHOLD);
    read.need(IdentificationRules.RIGID_MULTIPLE);
    read.need(SUDDEN_HARDSHIP);
  }

  private MonitoringRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, MonitoringRules::need);
    this.threshold = book.get(THRESHOLD, region, date);
    this.rigidMultiple = book.get(IdentificationRules.RIGID_MULTIPLE, region, date);
    this.suddenHardship = book.get(SUDDEN_HARDSHIP, region, date);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force (before 2020-03-20 monitoring did not exist)
   */
  public static MonitoringRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(MonitoringRules.class, region, date, MonitoringRules::new);
  }

  /**
   * {@return the monitoring of {@code household} with the rules of its village on {@code date}}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if a parameter is not in force
   */
  public static MonitoringAssessment compute(Household household, PolicyBook book, LocalDate date) {
    return resolve(book, household.village(), date).assess(household, Trace.off());
  }

  /**
   * {@return the monitoring of {@code household} with the rules of its village on {@code date},
   * with its derivation: every rule, input, parameter and source}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if a parameter is not in force
   */
  public static Explained<MonitoringAssessment> explain(Household household, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    MonitoringAssessment result = resolve(book, household.village(), date).assess(household, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * {@return whether {@code household} is monitored, as which type and why}
   *
   * @param household the household
   * @param trace where the derivation is recorded ({@link Trace#off()} records nothing)
   */
  public MonitoringAssessment assess(Household household, Trace trace) {
    Money net = household.netIncome();
    int members = household.size();
    Money rigid = rigidSpending(household);
    Money trigger = net.max(Money.ZERO).times(rigidMultiple.value(IdentificationRules.RIGID_MULTIPLE), RoundingMode.DOWN);
    List<MonitoringReason> reasons = new ArrayList<>();
    if (IncomeTest.below(net, members, threshold.value(THRESHOLD))) {
      reasons.add(MonitoringReason.INCOME_BELOW_THRESHOLD);
    }
    boolean spending = rigid.isPositive()
        && BigDecimal.valueOf(rigid.fen()).compareTo(BigDecimal.valueOf(net.fen()).multiply(rigidMultiple.value(IdentificationRules.RIGID_MULTIPLE))) > 0;
    if (spending) {
      reasons.add(MonitoringReason.RIGID_SPENDING);
    }
    boolean registeredPoor = household.isRegisteredPoor();
    Optional<MonitoringType> type = registeredPoor || reasons.isEmpty() ? Optional.empty() : Optional.of(type(household, reasons));
    if (trace.isOn()) {
      trace.parameter(threshold).parameter(rigidMultiple).parameter(suddenHardship)
          .amount(PER_CAPITA, household.perCapitaNetIncome()).amount(RIGID, rigid);
      trace.result(type.map(Object::toString).orElse("—"));
    }
    return MonitoringAssessment.builder().monitored(type.isPresent()).type(type)
        .reasons(type.isPresent() ? reasons : List.of()).perCapitaNetIncome(household.perCapitaNetIncome())
        .threshold(threshold.value(THRESHOLD)).rigidSpending(rigid).rigidSpendingTrigger(trigger).build();
  }

  private MonitoringType type(Household household, List<MonitoringReason> reasons) {
    if (household.registration().map(r -> r.status() == RegistrationStatus.EXITED).orElse(false)) {
      return MonitoringType.UNSTABLE_EXITED;
    }
    boolean spendingOnly = !reasons.contains(MonitoringReason.INCOME_BELOW_THRESHOLD);
    return spendingOnly && suddenHardship.value(SUDDEN_HARDSHIP) ? MonitoringType.SUDDEN_HARDSHIP : MonitoringType.MARGINAL_AT_RISK;
  }

  private static Money rigidSpending(Household h) {
    Money sum = Money.ZERO;
    for (RigidSpendingKind k : List.of(RigidSpendingKind.MEDICAL, RigidSpendingKind.DISABILITY, RigidSpendingKind.DISASTER)) {
      sum = sum.plus(h.rigidSpending().getOrDefault(k, Money.ZERO));
    }
    return sum;
  }
}
