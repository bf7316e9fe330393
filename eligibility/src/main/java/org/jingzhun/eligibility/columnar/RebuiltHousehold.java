package org.jingzhun.eligibility.columnar;

import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.money.Money;

/** A row of {@link PopulationColumns} rebuilt as a {@link Household} (see {@link PopulationColumns#household}). */
final class RebuiltHousehold {
  private static final PovertyCause[] CAUSES = PovertyCause.values();

  private RebuiltHousehold() {}

  static Household of(PopulationColumns columns, int i) {
    int flags = columns.flags(i);
    String id = "H" + i;
    Household.Builder b = Household.builder().id(id).village(columns.villages().get(columns.villageIndex(i)))
        .income(income(columns.netIncomeFen(i), (flags & RowLayout.LIVELIHOOD) != 0))
        .housing(RowLayout.housing(flags)).safeDrinkingWater((flags & RowLayout.WATER) != 0);
    for (PovertyCause c : CAUSES) {
      if ((flags & 1 << (RowLayout.CAUSE_SHIFT + c.ordinal())) != 0) {
        b.addCauses(c);
      }
    }
    if ((flags & RowLayout.REGISTERED) != 0) {
      b.registration(RegistrationRecord.builder().category(RowLayout.category(flags))
          .status((flags & RowLayout.EXITED) != 0 ? RegistrationStatus.EXITED : RegistrationStatus.POOR)
          .year(PopulationColumns.REBUILT_REGISTRATION_YEAR).build());
    }
    int first = columns.firstMember(i);
    for (int m = 0; m < columns.members(i); m++) {
      b.addMembers(person(columns, first + m, id + "-" + m));
    }
    return b.build();
  }

  /** Net income as wages of 1 fen plus transfers or minus costs when the household has a livelihood, else transfers or costs. */
  private static Income income(long net, boolean livelihood) {
    long rest = livelihood ? net - 1 : net;
    Income.Builder b = Income.builder().wages(Money.ofFen(livelihood ? 1 : 0));
    return (rest >= 0 ? b.transfers(Money.ofFen(rest)) : b.productionCosts(Money.ofFen(-rest))).build();
  }

  private static Person person(PopulationColumns columns, int member, String id) {
    int a = columns.attributesOf(member);
    Person.Builder p = Person.builder().id(id).birthDate(columns.birthDateOf(member))
        .relationship(RowLayout.relationship(a)).labourCapacity(RowLayout.labour(a)).health(RowLayout.health(a))
        .boarding((a & RowLayout.BOARDING) != 0).insured((a & RowLayout.INSURED) != 0);
    if ((a & RowLayout.SEVERE) != 0) {
      p.disabilityGrade(1);
    }
    int school = RowLayout.school(a);
    if (school != 0) {
      p.schoolStage(RowLayout.STAGES[school - 1]);
    }
    return p.build();
  }
}
