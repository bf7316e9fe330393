package org.jingzhun.examples.register;

import static org.jingzhun.examples.register.RegisterColumn.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.LinkedIncome;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.household.SkillTraining;
import org.jingzhun.core.household.TrainingProgramme;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.core.validation.Violations;

/**
 * 行解析 — reads one register row into its member and into a household builder holding the
 * household columns. Every bad cell is recorded, under its column's header.
 */
final class RowReader {
  private final RegisterRow row;
  private final Violations violations = Violations.collect();
  private final CellValues cells = new CellValues(violations);

  RowReader(RegisterRow row) {
    this.row = row;
  }

  /** The problems found so far. */
  Violations violations() {
    return violations;
  }

  /** The row's member, if its cells are good. */
  Optional<Person> member() {
    Person.Builder p = Person.builder();
    if (cells.required(MEMBER_ID, row.get(MEMBER_ID))) {
      p.id(row.get(MEMBER_ID));
    }
    cells.required(BIRTH_DATE, row.get(BIRTH_DATE));
    cells.date(BIRTH_DATE, row.get(BIRTH_DATE)).ifPresent(p::birthDate);
    cells.required(RELATIONSHIP, row.get(RELATIONSHIP));
    cells.label(RELATIONSHIP, row.get(RELATIONSHIP), Relationship.class).ifPresent(p::relationship);
    cells.required(LABOUR_CAPACITY, row.get(LABOUR_CAPACITY));
    cells.label(LABOUR_CAPACITY, row.get(LABOUR_CAPACITY), LabourCapacity.class).ifPresent(p::labourCapacity);
    cells.integer(DISABILITY_GRADE, row.get(DISABILITY_GRADE)).ifPresent(p::disabilityGrade);
    cells.label(HEALTH, row.get(HEALTH), HealthCondition.class).ifPresent(p::health);
    cells.label(SCHOOL_STAGE, row.get(SCHOOL_STAGE), SchoolStage.class).ifPresent(p::schoolStage);
    cells.flag(BOARDING, row.get(BOARDING)).ifPresent(p::boarding);
    cells.flag(INSURED, row.get(INSURED)).ifPresent(p::insured);
    trainings().forEach(p::addTrainings);
    return build(p::build);
  }

  /** A household builder with the household columns of the row (no members yet). */
  Household.Builder household() {
    Household.Builder h = Household.builder().id(row.householdId());
    if (cells.required(VILLAGE, row.get(VILLAGE))) {
      try {
        h.village(RegionCode.of(row.get(VILLAGE)));
      } catch (ValidationException e) {
        violations.add(VILLAGE.header(), row.get(VILLAGE), e.violations().get(0).message());
      }
    }
    cells.required(HOUSING, row.get(HOUSING));
    cells.label(HOUSING, row.get(HOUSING), HousingSafetyGrade.class).ifPresent(h::housing);
    cells.required(SAFE_DRINKING_WATER, row.get(SAFE_DRINKING_WATER));
    cells.flag(SAFE_DRINKING_WATER, row.get(SAFE_DRINKING_WATER)).ifPresent(h::safeDrinkingWater);
    Income.Builder income = Income.builder();
    cells.money(WAGES, row.get(WAGES)).ifPresent(income::wages);
    cells.money(BUSINESS, row.get(BUSINESS)).ifPresent(income::business);
    cells.money(PROPERTY, row.get(PROPERTY)).ifPresent(income::property);
    cells.money(TRANSFERS, row.get(TRANSFERS)).ifPresent(income::transfers);
    cells.money(PRODUCTION_COSTS, row.get(PRODUCTION_COSTS)).ifPresent(income::productionCosts);
    linked().ifPresent(income::linked);
    build(income::build).ifPresent(h::income);
    rigid(h, RIGID_MEDICAL, RigidSpendingKind.MEDICAL);
    rigid(h, RIGID_DISABILITY, RigidSpendingKind.DISABILITY);
    rigid(h, RIGID_DISASTER, RigidSpendingKind.DISASTER);
    rigid(h, RIGID_EDUCATION, RigidSpendingKind.EDUCATION);
    Arrays.stream(row.get(CAUSES).split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty())
        .forEach(c -> cells.label(CAUSES, c, PovertyCause.class).ifPresent(h::addCauses));
    registration().ifPresent(h::registration);
    return h;
  }

  /**
   * Builds a value, recording the rules it breaks except on columns already reported (a bad
   * cell leaves its attribute unset, which the value would report again as missing).
   */
  private <T> Optional<T> build(Supplier<T> builder) {
    try {
      T value = builder.get();
      return violations.isEmpty() ? Optional.of(value) : Optional.empty();
    } catch (ValidationException e) {
      Set<String> reported = violations.list().stream().map(Violation::path).collect(Collectors.toSet());
      e.violations().stream()
          .map(RegisterCsvReader::asColumn)
          .filter(v -> !reported.contains(v.path()))
          .forEach(v -> violations.add(v.path(), v.value(), v.message()));
      return Optional.empty();
    }
  }

  /**
   * The member's practical-skill trainings: entries separated by {@code ;} or {@code ；}, each
   * {@code skill/year/programme}, e.g. {@code 茶叶种植/2017/PRACTICAL_TECHNIQUE}.
   */
  private List<SkillTraining> trainings() {
    List<SkillTraining> out = new java.util.ArrayList<>();
    for (String entry : row.get(TRAININGS).split("[;；]")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.strip().split("/");
      if (parts.length != 3) {
        violations.add(TRAININGS.header(), entry.strip(),
            "每项培训写作“技能/年份/项目” / each training is written skill/year/programme, e.g. 茶叶种植/2017/PRACTICAL_TECHNIQUE");
        continue;
      }
      SkillTraining.Builder t = SkillTraining.builder().skill(parts[0].strip());
      cells.integer(TRAININGS, parts[1].strip()).ifPresent(t::year);
      cells.label(TRAININGS, parts[2].strip(), TrainingProgramme.class).ifPresent(t::programme);
      if (violations.isEmpty()) {
        try {
          out.add(t.build());
        } catch (ValidationException e) {
          e.violations().forEach(v -> violations.add(TRAININGS.header(), entry.strip(), v.path() + ": " + v.message()));
        }
      }
    }
    return out;
  }

  /** The linked-income breakdown, when any of its four columns is filled (an empty cell is zero). */
  private Optional<LinkedIncome> linked() {
    List<RegisterColumn> columns = List.of(DIVIDENDS, ORDER_PURCHASING, COLLECTIVE_ASSETS, PUBLIC_WELFARE_JOBS);
    if (columns.stream().allMatch(c -> row.get(c).isBlank())) {
      return Optional.empty();
    }
    LinkedIncome.Builder parts = LinkedIncome.builder();
    cells.money(DIVIDENDS, row.get(DIVIDENDS)).ifPresent(parts::dividends);
    cells.money(ORDER_PURCHASING, row.get(ORDER_PURCHASING)).ifPresent(parts::orderPurchasing);
    cells.money(COLLECTIVE_ASSETS, row.get(COLLECTIVE_ASSETS)).ifPresent(parts::collectiveAssets);
    cells.money(PUBLIC_WELFARE_JOBS, row.get(PUBLIC_WELFARE_JOBS)).ifPresent(parts::publicWelfareJobs);
    return build(parts::build);
  }

  private void rigid(Household.Builder h, RegisterColumn column, RigidSpendingKind kind) {
    cells.money(column, row.get(column)).filter(m -> !m.equals(Money.ZERO)).ifPresent(m -> h.putRigidSpending(kind, m));
  }

  /** The registration record, when any of its three columns is filled (then all must be). */
  private Optional<RegistrationRecord> registration() {
    if (row.get(CATEGORY).isEmpty() && row.get(STATUS).isEmpty() && row.get(REGISTRATION_YEAR).isEmpty()) {
      return Optional.empty();
    }
    RegistrationRecord.Builder r = RegistrationRecord.builder();
    boolean complete = cells.required(CATEGORY, row.get(CATEGORY)) & cells.required(STATUS, row.get(STATUS))
        & cells.required(REGISTRATION_YEAR, row.get(REGISTRATION_YEAR));
    cells.label(CATEGORY, row.get(CATEGORY), PovertyCategory.class).ifPresent(r::category);
    cells.label(STATUS, row.get(STATUS), RegistrationStatus.class).ifPresent(r::status);
    cells.integer(REGISTRATION_YEAR, row.get(REGISTRATION_YEAR)).ifPresent(r::year);
    return complete ? build(r::build) : Optional.empty();
  }
}
