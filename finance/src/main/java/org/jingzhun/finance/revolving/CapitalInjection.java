package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 注入资金 — money put into a fund: a budget allocation, a donation. */
@Value.Immutable
@JsonSerialize(as = ImmutableCapitalInjection.class)
@JsonDeserialize(as = ImmutableCapitalInjection.class)
public abstract class CapitalInjection {

  /** {@return the day of the injection} */
  public abstract LocalDate date();

  /** {@return the amount injected; positive} */
  public abstract Money amount();

  /** {@return where it came from, e.g. 财政专项扶贫资金} */
  public abstract Optional<String> source();

  /**
   * {@return the injection of {@code amount} on {@code date}}
   *
   * @param date the day of the injection
   * @param amount the amount injected, positive
   */
  public static CapitalInjection of(LocalDate date, Money amount) {
    return ImmutableCapitalInjection.builder().date(date).amount(amount).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("date", date());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "must be more than zero");
    }
    v.throwIfAny();
  }
}
