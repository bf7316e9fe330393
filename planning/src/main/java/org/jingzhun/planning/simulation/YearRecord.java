package org.jingzhun.planning.simulation;

import java.util.EnumMap;
import java.util.Map;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 年度户记录 — a household's record for the rules of one year: its columns, with the year's
 * shocks and loan folded into its income so that the record's net income is the year's. The
 * shock losses (a disaster's destruction, the household's share of an inpatient bill) are
 * recorded both as rigid spending of their kind and, added to the production costs, as a
 * reduction of the year's net income; the loan's uplift is business income; transfers received
 * under the programmes are transfers.
 */
final class YearRecord {
  private static final RigidSpendingKind[] KINDS = RigidSpendingKind.values();

  private YearRecord() {}

  /**
   * Household {@code h} in the year, with {@code lossFen} taken from its net income,
   * {@code loanFen} added to its business income and the year's rigid spending on illness and
   * disaster.
   */
  static Household of(Population population, int h, long lossFen, long loanFen, long medicalFen, long disasterFen) {
    if (lossFen == 0 && loanFen == 0 && medicalFen == 0 && disasterFen == 0) {
      return population.toHousehold(h);
    }
    Map<RigidSpendingKind, Money> rigid = new EnumMap<>(RigidSpendingKind.class);
    for (RigidSpendingKind kind : KINDS) {
      if (population.hasRigidSpending(h, kind)) {
        rigid.put(kind, Money.ofFen(population.rigidSpending(h, kind)));
      }
    }
    if (medicalFen > 0) {
      rigid.put(RigidSpendingKind.MEDICAL, Money.ofFen(medicalFen));
    }
    if (disasterFen > 0) {
      rigid.put(RigidSpendingKind.DISASTER, Money.ofFen(disasterFen));
    }
    // the household's record with the year's income, built (and checked) once
    return population.toHouseholdBuilder(h)
        .income(Income.builder()
            .wages(Money.ofFen(population.income(h, IncomeColumn.WAGES)))
            .business(Money.ofFen(population.income(h, IncomeColumn.BUSINESS) + loanFen))
            .property(Money.ofFen(population.income(h, IncomeColumn.PROPERTY)))
            .transfers(Money.ofFen(population.income(h, IncomeColumn.TRANSFERS)))
            .productionCosts(Money.ofFen(population.income(h, IncomeColumn.PRODUCTION_COSTS) + lossFen))
            .build())
        .rigidSpending(rigid)
        .build();
  }

  /** {@code record} with {@code transfersFen} more transfers received and its dwelling of {@code grade}. */
  static Household after(Household record, long transfersFen, HousingSafetyGrade grade) {
    if (transfersFen == 0 && grade == record.housing()) {
      return record;
    }
    Income income = record.income();
    return Household.builder().from(record)
        .income(Income.builder().from(income).transfers(income.transfers().plus(Money.ofFen(transfersFen))).build())
        .housing(grade)
        .build();
  }
}
