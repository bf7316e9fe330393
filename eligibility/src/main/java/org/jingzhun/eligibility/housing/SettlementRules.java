package org.jingzhun.eligibility.housing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;

/**
 * 巴山新居建设方式与资金整合规则 — per build mode ({@link BuildMode}) the subsidy a household
 * receives from the pooled funds ({@code housing.settlement.subsidy.<mode>}) and what it
 * contributes itself ({@code housing.settlement.contribution.<mode>}), and the order in which the
 * pooled funds are drawn ({@code housing.settlement.drawing-order}).
 */
public final class SettlementRules {
  /** The parameter {@code housing.settlement.subsidy.government-built}: subsidy a household, 统规统建. */
  public static final ParameterKey<Money> SUBSIDY_GOVERNMENT_BUILT = ParameterKey.money("housing.settlement.subsidy.government-built");
  /** The parameter {@code housing.settlement.subsidy.jointly-built}: subsidy a household, 统规联建. */
  public static final ParameterKey<Money> SUBSIDY_JOINTLY_BUILT = ParameterKey.money("housing.settlement.subsidy.jointly-built");
  /** The parameter {@code housing.settlement.subsidy.self-built}: subsidy a household, 统规自建. */
  public static final ParameterKey<Money> SUBSIDY_SELF_BUILT = ParameterKey.money("housing.settlement.subsidy.self-built");
  /** The parameter {@code housing.settlement.subsidy.market-operation}: subsidy a household, 市场运作. */
  public static final ParameterKey<Money> SUBSIDY_MARKET_OPERATION = ParameterKey.money("housing.settlement.subsidy.market-operation");
  /** The parameter {@code housing.settlement.contribution.government-built}: household's own contribution, 统规统建. */
  public static final ParameterKey<Money> CONTRIBUTION_GOVERNMENT_BUILT =
      ParameterKey.money("housing.settlement.contribution.government-built");
  /** The parameter {@code housing.settlement.contribution.jointly-built}: household's own contribution, 统规联建. */
  public static final ParameterKey<Money> CONTRIBUTION_JOINTLY_BUILT = ParameterKey.money("housing.settlement.contribution.jointly-built");
  /** The parameter {@code housing.settlement.contribution.self-built}: household's own contribution, 统规自建. */
  public static final ParameterKey<Money> CONTRIBUTION_SELF_BUILT = ParameterKey.money("housing.settlement.contribution.self-built");
  /** The parameter {@code housing.settlement.contribution.market-operation}: household's own contribution, 市场运作. */
  public static final ParameterKey<Money> CONTRIBUTION_MARKET_OPERATION =
      ParameterKey.money("housing.settlement.contribution.market-operation");
  /** The parameter {@code housing.settlement.drawing-order}: the pooled funds in the order drawn (comma-separated). */
  public static final ParameterKey<String> DRAWING_ORDER = ParameterKey.text("housing.settlement.drawing-order");

  private final Map<BuildMode, Money> subsidy;
  private final Map<BuildMode, Money> contribution;
  private final List<HousingFund> drawingOrder;

  private SettlementRules(Map<BuildMode, Money> subsidy, Map<BuildMode, Money> contribution, List<HousingFund> drawingOrder) {
    this.subsidy = subsidy;
    this.contribution = contribution;
    this.drawingOrder = List.copyOf(drawingOrder);
  }

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    for (BuildMode mode : BuildMode.values()) {
      read.need(subsidyKey(mode));
      read.need(contributionKey(mode));
    }
    read.need(DRAWING_ORDER);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force, or naming a drawing order that does not list every fund once
   */
  public static SettlementRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, SettlementRules::need);
    Map<BuildMode, Money> subsidy = new EnumMap<>(BuildMode.class);
    Map<BuildMode, Money> contribution = new EnumMap<>(BuildMode.class);
    for (BuildMode mode : BuildMode.values()) {
      subsidy.put(mode, book.value(subsidyKey(mode), region, date));
      contribution.put(mode, book.value(contributionKey(mode), region, date));
    }
    return new SettlementRules(subsidy, contribution, drawingOrder(book.value(DRAWING_ORDER, region, date)));
  }

  private static List<HousingFund> drawingOrder(String text) {
    Violations v = Violations.collect();
    List<HousingFund> order = new ArrayList<>();
    Set<HousingFund> named = EnumSet.noneOf(HousingFund.class);
    for (String name : text.split(",")) {
      try {
        HousingFund fund = HousingFund.valueOf(name.strip());
        v.check(named.add(fund), DRAWING_ORDER.name(), name.strip(), "资金来源重复 / names a fund twice");
        order.add(fund);
      } catch (IllegalArgumentException e) {
        v.add(DRAWING_ORDER.name(), name.strip(), "不是整合住房资金来源 / is not a pooled housing fund");
      }
    }
    v.check(named.size() == HousingFund.values().length, DRAWING_ORDER.name(), text,
        "须将每个资金来源各列一次 / must name every fund once");
    v.throwIfAny();
    return order;
  }

  /**
   * {@return the parameter holding the per-household subsidy of {@code mode}}
   *
   * @param mode the build mode
   */
  public static ParameterKey<Money> subsidyKey(BuildMode mode) {
    return switch (mode) {
      case GOVERNMENT_BUILT -> SUBSIDY_GOVERNMENT_BUILT;
      case JOINTLY_BUILT -> SUBSIDY_JOINTLY_BUILT;
      case SELF_BUILT -> SUBSIDY_SELF_BUILT;
      case MARKET_OPERATION -> SUBSIDY_MARKET_OPERATION;
    };
  }

  /**
   * {@return the parameter holding the household's own contribution under {@code mode}}
   *
   * @param mode the build mode
   */
  public static ParameterKey<Money> contributionKey(BuildMode mode) {
    return switch (mode) {
      case GOVERNMENT_BUILT -> CONTRIBUTION_GOVERNMENT_BUILT;
      case JOINTLY_BUILT -> CONTRIBUTION_JOINTLY_BUILT;
      case SELF_BUILT -> CONTRIBUTION_SELF_BUILT;
      case MARKET_OPERATION -> CONTRIBUTION_MARKET_OPERATION;
    };
  }

  /**
   * {@return the subsidy a household building under {@code mode} receives from the pooled funds}
   *
   * @param mode the build mode
   */
  public Money subsidy(BuildMode mode) {
    return subsidy.get(mode);
  }

  /**
   * {@return what a household building under {@code mode} contributes itself}
   *
   * @param mode the build mode
   */
  public Money contribution(BuildMode mode) {
    return contribution.get(mode);
  }

  /** {@return every pooled fund, once, in the order drawn} */
  public List<HousingFund> drawingOrder() {
    return drawingOrder;
  }
}
