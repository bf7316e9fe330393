package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 农户 — a rural household as the poverty register records it: its village, members, income
 * for the year by source and production costs, rigid spending, housing safety grade, drinking
 * water, the causes of poverty recorded at registration, and its registration record if it is
 * on the register.
 *
 * <p>Derived figures ({@link #netIncome()}, {@link #perCapitaNetIncome()}) are computed on
 * each call, never stored.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {

  /** {@return the household's register number (户编号)} */
  public abstract String id();

  /** {@return the village the household lives in: a twelve-digit village code} */
  public abstract RegionCode village();

  /** {@return the members, head first by convention; at least one} */
  public abstract List<Person> members();

  /** {@return income for the year and production costs} */
  public abstract Income income();

  /** {@return 刚性支出 — spending the household cannot avoid this year, by kind} */
  public abstract Map<RigidSpendingKind, Money> rigidSpending();

  /** {@return 住房安全等级 — the dwelling's safety grade} */
  public abstract HousingSafetyGrade housing();

  /** {@return 饮水安全 — whether the household has safe drinking water} */
  public abstract boolean safeDrinkingWater();

  /** {@return 致贫原因 — the causes of poverty recorded at registration; empty if never registered} */
  public abstract Set<PovertyCause> causes();

  /** {@return the household's entry on the poverty register, if it has one} */
  public abstract Optional<RegistrationRecord> registration();

  /** {@return the number of members} */
  public final int size() {
    return members().size();
  }

  /** {@return 家庭纯收入 — net income: gross income minus production costs (may be negative)} */
  public final Money netIncome() {
    return income().net();
  }

  /**
   * {@return 人均纯收入 — per-capita net income = net income / members, rounded half-up to the fen}
   * Rules that compare it with a line should compare {@link #netIncome()} with the line times the
   * members instead, which needs no rounding.
   */
  public final Money perCapitaNetIncome() {
    return netIncome().dividedBy(size(), RoundingMode.HALF_UP);
  }

  /** {@return the total rigid spending of the year} */
  public final Money totalRigidSpending() {
    return Money.sum(rigidSpending().values());
  }

  /** {@return whether the household is on the register and not yet exited} */
  public final boolean isRegisteredPoor() {
    return registration().map(r -> r.status() == RegistrationStatus.POOR).orElse(false);
  }

  /**
   * Checks what depends on the evaluation date: no member may be born after it.
   *
   * @param date the day of the evaluation
   * @throws ValidationException listing each member born after {@code date}
   */
  public final void checkOn(LocalDate date) {
    Violations v = Violations.collect();
    for (int i = 0; i < members().size(); i++) {
      LocalDate born = members().get(i).birthDate();
      v.check(
          !born.isAfter(date),
          FieldPath.join(FieldPath.index("members", i), "birthDate"),
          born,
          "is after the evaluation date " + date);
    }
    v.throwIfAny();
  }

  /** {@return a builder of a new {@link Household}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a household; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableHousehold.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("id", id())) {
      v.check(!id().isBlank(), "id", id(), "may not be blank");
    }
    // messages are built only for a failed check: households are built by the million
    if (v.require("village", village()) && village().level() != RegionLevel.VILLAGE) {
      v.add("village", village(),
          "must be a twelve-digit village code, not a " + village().level().name().toLowerCase(java.util.Locale.ROOT));
    }
    v.check(!members().isEmpty(), "members", "[]", "a household needs at least one member");
    v.require("income", income());
    v.require("housing", housing());
    rigidSpending().forEach((kind, amount) -> {
      if (amount.isNegative()) {
        v.add("rigidSpending." + kind, amount, "may not be negative");
      }
    });
    long ids = members().stream().map(Person::id).distinct().count();
    if (ids != members().size()) {
      v.add("members", ids + " distinct ids", "member ids must be unique within the household");
    }
    v.throwIfAny();
  }
}
