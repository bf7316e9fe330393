package org.jingzhun.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;

/**
 * 写户 — a {@link Household} as a row of {@link RegisterSchema#HOUSEHOLDS}: what a program writes
 * to make a register (a synthetic one, or one exported from its own records) that {@link
 * JingzhunSpark} reads back into the same household. Procedure steps and relocation plans are not
 * register columns and are not written.
 */
public final class RegisterRows {
  private RegisterRows() {}

  /**
   * {@return {@code household} as a row of {@link RegisterSchema#HOUSEHOLDS}: amounts in yuan,
   * enumerations by constant name, causes separated by {@code ;}, the members as an array of rows}
   *
   * @param household the household
   */
  public static Row of(Household household) {
    Income income = household.income();
    var registration = household.registration();
    Row[] members = household.members().stream().map(RegisterRows::member).toArray(Row[]::new);
    return RowFactory.create(household.id(), household.village().toString(), household.housing().name(),
        household.safeDrinkingWater(), yuan(income.wages()), yuan(income.business()), yuan(income.property()),
        yuan(income.transfers()), yuan(income.productionCosts()), rigid(household, RigidSpendingKind.MEDICAL),
        rigid(household, RigidSpendingKind.DISABILITY), rigid(household, RigidSpendingKind.DISASTER),
        rigid(household, RigidSpendingKind.EDUCATION),
        household.causes().isEmpty() ? null : household.causes().stream().map(Enum::name).collect(Collectors.joining(";")),
        registration.map(r -> r.category().name()).orElse(null), registration.map(r -> r.status().name()).orElse(null),
        registration.map(RegistrationRecord::year).orElse(null), members);
  }

  private static Row member(Person p) {
    return RowFactory.create(p.id(), Date.valueOf(p.birthDate()), p.relationship().name(), p.disabilityGrade().orElse(null),
        p.health().name(), p.labourCapacity().name(), p.schoolStage().map(Enum::name).orElse(null), p.boarding(), p.insured());
  }

  private static BigDecimal yuan(Money amount) {
    return amount.toYuan();
  }

  private static BigDecimal rigid(Household h, RigidSpendingKind kind) {
    Money amount = h.rigidSpending().get(kind);
    return amount == null ? null : amount.toYuan();
  }
}
