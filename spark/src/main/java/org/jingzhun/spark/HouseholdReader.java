package org.jingzhun.spark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.core.validation.Violations;

/**
 * 读户 — one row of {@link RegisterSchema#HOUSEHOLDS} read into a {@link Household}, every bad
 * cell and every rule the household breaks reported at once, with its column or field path.
 */
final class HouseholdReader {
  private static final String INVALID = "输入无效 / invalid input: ";
  /** What separates the causes in their cell, compiled once (a register has millions of cells). */
  private static final java.util.regex.Pattern CAUSE_SEPARATOR = java.util.regex.Pattern.compile("[;；、]");

  private HouseholdReader() {}

  /**
   * {@return the household of {@code row} checked on {@code date} (no member born after it)}
   *
   * @throws ValidationException listing every problem, each at its path
   */
  static Household household(Row row, RegisterLayout layout, LocalDate date) {
    Violations v = Violations.collect();
    RegisterCells cells = new RegisterCells(row, layout.households(), "", v);
    Household.Builder h = Household.builder().id(cells.text(RegisterSchema.HOUSEHOLD_ID).orElse(""));
    village(cells, v).ifPresent(h::village);
    cells.required("housing");
    cells.label("housing", HousingSafetyGrade.class).ifPresent(h::housing);
    cells.required("safe_drinking_water");
    cells.flag("safe_drinking_water").ifPresent(h::safeDrinkingWater);
    income(cells, v).ifPresent(h::income);
    rigid(cells, h);
    cells.text("causes").ifPresent(text -> Arrays.stream(CAUSE_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty())
        .forEach(c -> cells.label("causes", c, PovertyCause.class).ifPresent(h::addCauses)));
    registration(cells, v).ifPresent(h::registration);
    List<Row> members = membersOf(row, layout);
    for (int m = 0; m < members.size(); m++) {
      member(members.get(m), layout, RegisterSchema.MEMBERS + "[" + m + "].", v).ifPresent(h::addMembers);
    }
    v.throwIfAny();
    Household household = h.build();
    household.checkOn(date);
    return household;
  }

  /** {@return the village of {@code row}, read alone (for screening, which needs no more)} */
  static Optional<RegionCode> village(RegisterCells cells, Violations v) {
    if (!cells.required(RegisterSchema.VILLAGE)) {
      return Optional.empty();
    }
    String text = cells.text(RegisterSchema.VILLAGE).orElseThrow();
    try {
      return Optional.of(RegionCode.of(text));
    } catch (ValidationException e) {
      v.add(RegisterSchema.VILLAGE, text, e.violations().get(0).message());
      return Optional.empty();
    }
  }

  /** {@return the yearly income of {@code row}'s household, read alone} */
  static Optional<Income> income(RegisterCells cells, Violations v) {
    int before = v.list().size();
    Income.Builder income = Income.builder();
    cells.money("wages").ifPresent(income::wages);
    cells.money("business").ifPresent(income::business);
    cells.money("property").ifPresent(income::property);
    cells.money("transfers").ifPresent(income::transfers);
    cells.money("production_costs").ifPresent(income::productionCosts);
    return built(income::build, "", v, before);
  }

  /**
   * {@return the problems of {@code e} as one line for a clerk: "输入无效 / invalid input: " and
   * each violation at its path, separated by "; "}
   */
  static String problem(ValidationException e) {
    StringBuilder text = new StringBuilder(INVALID);
    List<Violation> all = e.violations();
    for (int i = 0; i < all.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(all.get(i));
    }
    return text.toString();
  }

  private static void rigid(RegisterCells cells, Household.Builder h) {
    rigid(cells, h, "rigid_medical", RigidSpendingKind.MEDICAL);
    rigid(cells, h, "rigid_disability", RigidSpendingKind.DISABILITY);
    rigid(cells, h, "rigid_disaster", RigidSpendingKind.DISASTER);
    rigid(cells, h, "rigid_education", RigidSpendingKind.EDUCATION);
  }

  private static void rigid(RegisterCells cells, Household.Builder h, String column, RigidSpendingKind kind) {
    cells.money(column).filter(m -> !m.equals(Money.ZERO)).ifPresent(m -> h.putRigidSpending(kind, m));
  }

  /** The registration record, when any of its three columns is filled (then all must be). */
  private static Optional<RegistrationRecord> registration(RegisterCells cells, Violations v) {
    if (cells.value("category").isEmpty() && cells.value("status").isEmpty() && cells.value("registration_year").isEmpty()) {
      return Optional.empty();
    }
    int before = v.list().size();
    RegistrationRecord.Builder r = RegistrationRecord.builder();
    boolean complete = cells.required("category") & cells.required("status") & cells.required("registration_year");
    cells.label("category", PovertyCategory.class).ifPresent(r::category);
    cells.label("status", RegistrationStatus.class).ifPresent(r::status);
    cells.integer("registration_year").ifPresent(r::year);
    return complete ? built(r::build, "registration.", v, before) : Optional.empty();
  }

  /** {@return the members of {@code row}; none when the cell is empty} */
  static List<Row> membersOf(Row row, RegisterLayout layout) {
    int i = layout.household(RegisterSchema.MEMBERS);
    return row.isNullAt(i) ? List.of() : list(row, i);
  }

  /**
   * {@return the array in column {@code i} of {@code row} as a list: a Java array or list as a
   * program's own rows hold it (Spark may pass them on as they are), or Spark's sequence}
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> list(Row row, int i) {
    Object v = row.get(i);
    if (v instanceof Object[] a) {
      return (List<T>) Arrays.asList(a);
    }
    return v instanceof List<?> l ? (List<T>) l : row.getList(i);
  }

  /** {@return the text of the household column {@code column} of {@code row}, or null} */
  static String text(Row row, RegisterLayout layout, String column) {
    Object v = row.get(layout.household(column));
    return v == null ? null : v.toString();
  }

  private static Optional<Person> member(Row row, RegisterLayout layout, String prefix, Violations v) {
    int before = v.list().size();
    RegisterCells cells = new RegisterCells(row, layout.members(), prefix, v);
    Person.Builder p = Person.builder();
    cells.required("member_id");
    cells.text("member_id").ifPresent(p::id);
    cells.required("birth_date");
    cells.date("birth_date").ifPresent(p::birthDate);
    cells.required("relationship");
    cells.label("relationship", Relationship.class).ifPresent(p::relationship);
    cells.required("labour_capacity");
    cells.label("labour_capacity", LabourCapacity.class).ifPresent(p::labourCapacity);
    cells.integer("disability_grade").ifPresent(p::disabilityGrade);
    cells.label("health", HealthCondition.class).ifPresent(p::health);
    cells.label("school_stage", SchoolStage.class).ifPresent(p::schoolStage);
    cells.flag("boarding").ifPresent(p::boarding);
    cells.flag("insured").ifPresent(p::insured);
    return built(p::build, prefix, v, before);
  }

  /**
   * Builds a value, recording the rules it breaks under {@code prefix}, unless a cell of it was
   * found bad since {@code before} (a bad cell leaves its attribute unset, which the value would
   * report again).
   */
  private static <T> Optional<T> built(Supplier<T> builder, String prefix, Violations v, int before) {
    try {
      return Optional.of(builder.get());
    } catch (ValidationException e) {
      if (v.list().size() == before) {
        e.violations().forEach(x -> v.add(prefix + x.path(), x.value(), x.message()));
      }
      return Optional.empty();
    }
  }
}
