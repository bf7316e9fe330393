package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 户退出核查 — a household put up for exit, with its net incomes of earlier years (most
 * recent first) for the stability rule, and the household's electricity and radio and
 * television, which Sichuan's standard (一超六有) tests.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdExitCase.class)
@JsonDeserialize(as = ImmutableHouseholdExitCase.class)
public abstract class HouseholdExitCase {

  /** {@return the household put up for exit} */
  public abstract Household household();

  /** {@return net income (家庭纯收入) of the year before, the year before that, …; may be empty} */
  public abstract List<Money> earlierNetIncomes();

  /**
   * {@return 户通生活用电 — whether the household has electricity for daily life; true unless
   * stated (tested where Sichuan's standard applies)}
   */
  @Value.Default
  public boolean electricity() {
    return true;
  }

  /**
   * {@return 户通广播电视 — whether the household receives radio and television; true unless
   * stated (tested where Sichuan's standard applies)}
   */
  @Value.Default
  public boolean radioAndTelevision() {
    return true;
  }

  /**
   * {@return the case of {@code household}}
   *
   * @param household the household
   */
  public static HouseholdExitCase of(Household household) {
    return builder().household(household).build();
  }

  /** {@return a builder of a new {@link HouseholdExitCase}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableHouseholdExitCase.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("household", household());
    for (int i = 0; i < earlierNetIncomes().size(); i++) {
      v.require(FieldPath.index("earlierNetIncomes", i), earlierNetIncomes().get(i));
    }
    v.throwIfAny();
  }
}
