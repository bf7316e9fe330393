package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 家庭年收入 — a household's gross income for a year by source, and its production costs.
 * Net income ({@link #net()}) = the four sources − production costs; it may be negative in a
 * bad year. Each source and the costs are annual amounts, never negative.
 *
 * <p>The optional {@link #linked()} breakdown says how much of the sources came from the district's
 * linked sources (dividends, order purchasing, collective assets, public-welfare posts); it never
 * adds to the income, and each statistical source must hold its parts: the income refuses, at the
 * part's path (e.g. {@code linked.dividends}), a breakdown larger than its source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncome.class)
@JsonDeserialize(as = ImmutableIncome.class)
public abstract class Income {

  /** {@return 工资性收入 — wages} */
  @Value.Default
  public Money wages() {
    return Money.ZERO;
  }

  /** {@return 生产经营性收入 — farming and business income, gross} */
  @Value.Default
  public Money business() {
    return Money.ZERO;
  }

  /** {@return 财产性收入 — rent, dividends, interest} */
  @Value.Default
  public Money property() {
    return Money.ZERO;
  }

  /** {@return 转移性收入 — transfers received (pensions, subsidies, remittances)} */
  @Value.Default
  public Money transfers() {
    return Money.ZERO;
  }

  /** {@return 生产经营费用支出 — production costs} */
  @Value.Default
  public Money productionCosts() {
    return Money.ZERO;
  }

  /**
   * {@return 利益联结收入明细 — how much of the four sources came from the linked sources, when the
   * input says} Absent means not recorded, which the rules read as nothing from those sources.
   */
  public abstract Optional<LinkedIncome> linked();

  /** {@return the linked breakdown, or an empty one when none is recorded} */
  public final LinkedIncome linkedOrNone() {
    return linked().orElseGet(LinkedIncome::none);
  }

  /**
   * {@return the gross amount of one statistical source}
   *
   * @param source the source
   */
  public final Money amount(IncomeSource source) {
    return switch (source) {
      case WAGES -> wages();
      case BUSINESS -> business();
      case PROPERTY -> property();
      case TRANSFERS -> transfers();
    };
  }

  /**
   * {@return net income without the linked sources in {@code excluded}: net income − their sum}
   * This is what a means test counts when a document leaves those sources out.
   *
   * @param excluded the linked sources a test leaves out (empty: the net income itself)
   */
  public final Money netExcluding(Collection<LinkedIncomeSource> excluded) {
    Money net = net();
    if (excluded.isEmpty() || linked().isEmpty()) {
      return net;
    }
    LinkedIncome parts = linked().get();
    for (LinkedIncomeSource source : excluded) {
      net = net.minus(parts.amount(source));
    }
    return net;
  }

  /** {@return gross income: the sum of the four sources} */
  public final Money gross() {
    return wages().plus(business()).plus(property()).plus(transfers());
  }

  /** {@return 纯收入 — net income: gross income minus production costs} */
  public final Money net() {
    return gross().minus(productionCosts());
  }

  /** {@return an income with nothing in it} */
  public static Income none() {
    return builder().build();
  }

  /** {@return a builder of a new {@link Income}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an income; {@code build()} reports every bad amount at once. */
  public static final class Builder extends ImmutableIncome.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    nonNegative(v, "wages", wages());
    nonNegative(v, "business", business());
    nonNegative(v, "property", property());
    nonNegative(v, "transfers", transfers());
    nonNegative(v, "productionCosts", productionCosts());
    linked().ifPresent(parts -> partsWithinSources(v, parts));
    v.throwIfAny();
  }

  /** Each statistical source must hold its linked parts; the excess is reported at each part. */
  private void partsWithinSources(Violations v, LinkedIncome parts) {
    for (LinkedIncomeSource part : LinkedIncomeSource.values()) {
      IncomeSource source = part.statisticalSource();
      Money within = parts.within(source);
      if (!parts.amount(part).isZero() && within.compareTo(amount(source)) > 0) {
        v.add("linked." + part.field(), parts.amount(part),
            "利益联结收入明细合计 " + within + " 大于其所属的" + source.chinese() + " " + amount(source)
                + " / the linked parts of " + source.english() + " add up to " + within
                + ", more than " + source.english() + " itself (" + amount(source) + ")");
      }
    }
  }

  static void nonNegative(Violations v, String path, Money amount) {
    if (v.require(path, amount)) {
      v.check(!amount.isNegative(), path, amount, "an annual amount may not be negative");
    }
  }
}
