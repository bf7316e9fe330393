package org.jingzhun.planning.population;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/** Converts between core {@link Household} records and rows of a {@link Population}. */
final class HouseholdRecords {
  private HouseholdRecords() {}

  static int append(Population pop, Household household) {
    checkFits(household);
    int h = pop.appendHousehold(pop.addVillage(household.village()));
    List<Person> members = household.members();
    String[] memberIds = new String[members.size()];
    for (int i = 0; i < members.size(); i++) {
      Person p = members.get(i);
      memberIds[i] = p.id();
      int m = pop.addMember(Math.toIntExact(p.birthDate().toEpochDay()), p.relationship(), p.labourCapacity());
      pop.setDisabilityGrade(m, p.disabilityGrade().orElse(0));
      pop.setHealth(m, p.health());
      p.schoolStage().ifPresent(stage -> pop.setSchool(m, stage, p.boarding()));
      pop.setInsured(m, p.insured());
    }
    pop.setIds(h, household.id(), memberIds);
    Income income = household.income();
    pop.setIncome(h, IncomeColumn.WAGES, income.wages().fen());
    pop.setIncome(h, IncomeColumn.BUSINESS, income.business().fen());
    pop.setIncome(h, IncomeColumn.PROPERTY, income.property().fen());
    pop.setIncome(h, IncomeColumn.TRANSFERS, income.transfers().fen());
    pop.setIncome(h, IncomeColumn.PRODUCTION_COSTS, income.productionCosts().fen());
    household.rigidSpending().forEach((kind, amount) -> pop.setRigidSpending(h, kind, amount.fen()));
    pop.setHousing(h, household.housing());
    pop.setSafeDrinkingWater(h, household.safeDrinkingWater());
    household.causes().forEach(c -> pop.setCause(h, c, true));
    household.registration().ifPresent(r -> pop.setRegistration(h, r.category(), r.status(), r.year()));
    return h;
  }

  /** Rejects, before anything is appended, a household whose amounts the int columns cannot hold. */
  private static void checkFits(Household household) {
    Violations v = Violations.collect();
    Income i = household.income();
    fits(v, "income.wages", i.wages());
    fits(v, "income.business", i.business());
    fits(v, "income.property", i.property());
    fits(v, "income.transfers", i.transfers());
    fits(v, "income.productionCosts", i.productionCosts());
    household.rigidSpending().forEach((kind, amount) -> fits(v, "rigidSpending." + kind, amount));
    v.throwIfAny();
  }

  private static void fits(Violations v, String path, Money amount) {
    v.check(amount.fen() <= Integer.MAX_VALUE, path, amount, "exceeds 21474836.47 yuan, the most the columnar population holds");
  }

  static Household toHousehold(Population pop, int h) {
    Household.Builder b = toBuilder(pop, h);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw e.under("households[" + h + "]");
    }
  }

  static Household.Builder toBuilder(Population pop, int h) {
    Household.Builder b = Household.builder();
    b.id(pop.householdId(h)).village(pop.village(h));
    int first = pop.firstMember(h);
    for (int m = first; m < first + pop.memberCount(h); m++) {
      Person.Builder p = Person.builder();
      p.id(pop.memberId(m))
          .birthDate(LocalDate.ofEpochDay(pop.birthEpochDay(m)))
          .relationship(pop.relationship(m))
          .labourCapacity(pop.labourCapacity(m))
          .health(pop.health(m))
          .insured(pop.insured(m));
      if (pop.disabilityGrade(m) > 0) {
        p.disabilityGrade(pop.disabilityGrade(m));
      }
      if (pop.inSchool(m)) {
        p.schoolStage(pop.schoolStage(m)).boarding(pop.boarding(m));
      }
      b.addMembers(p.build());
    }
    b.income(Income.builder()
        .wages(Money.ofFen(pop.income(h, IncomeColumn.WAGES)))
        .business(Money.ofFen(pop.income(h, IncomeColumn.BUSINESS)))
        .property(Money.ofFen(pop.income(h, IncomeColumn.PROPERTY)))
        .transfers(Money.ofFen(pop.income(h, IncomeColumn.TRANSFERS)))
        .productionCosts(Money.ofFen(pop.income(h, IncomeColumn.PRODUCTION_COSTS)))
        .build());
    for (RigidSpendingKind kind : RigidSpendingKind.values()) {
      if (pop.hasRigidSpending(h, kind)) {
        b.putRigidSpending(kind, Money.ofFen(pop.rigidSpending(h, kind)));
      }
    }
    b.housing(pop.housing(h)).safeDrinkingWater(pop.safeDrinkingWater(h));
    for (PovertyCause cause : PovertyCause.values()) {
      if (pop.hasCause(h, cause)) {
        b.addCauses(cause);
      }
    }
    if (pop.registered(h)) {
      b.registration(RegistrationRecord.builder()
          .category(pop.category(h)).status(pop.registrationStatus(h)).year(pop.registrationYear(h)).build());
    }
    return b;
  }
}
