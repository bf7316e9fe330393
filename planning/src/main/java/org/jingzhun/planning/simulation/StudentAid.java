package org.jingzhun.planning.simulation;

import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.education.EducationEntitlement;
import org.jingzhun.eligibility.education.EducationRules;

/**
 * 学生资助表 — the yearly education aid of one student by school stage and boarding, under one
 * region's and year's {@link EducationRules}. {@link EducationRules#entitlements} gives each
 * enrolled member aid by the member's stage and boarding alone, member by member, so a
 * household's aid is the sum of its students' entries here; the table is filled once by asking
 * the rules about a household of one such student, so every amount is the library's own. A
 * property test checks the sum against the rules on generated households.
 */
final class StudentAid {
  private static final LocalDate BORN = LocalDate.of(2000, 1, 1);
  private final long[] yearlyFen = new long[SchoolStage.values().length * 2];

  /** The table of {@code rules}; {@code village} is any village the rules apply to (a record needs one). */
  StudentAid(EducationRules rules, RegionCode village) {
    for (SchoolStage stage : SchoolStage.values()) {
      for (boolean boards : new boolean[] {false, true}) {
        Person student = Person.builder().id("1").birthDate(BORN).relationship(Relationship.HEAD)
            .labourCapacity(LabourCapacity.NONE).schoolStage(stage).boarding(boards).build();
        Household one = Household.builder().id("student").village(village).addMembers(student).income(Income.none())
            .housing(HousingSafetyGrade.A).build();
        long fen = 0;
        for (EducationEntitlement e : rules.entitlements(one, Trace.off())) {
          fen = Math.addExact(fen, e.yearly().fen());
        }
        yearlyFen[index(stage, boards)] = fen;
      }
    }
  }

  /** The yearly aid, in fen, of a student at {@code stage}, boarding or not. */
  long yearlyFen(SchoolStage stage, boolean boards) {
    return yearlyFen[index(stage, boards)];
  }

  private static int index(SchoolStage stage, boolean boards) {
    return stage.ordinal() * 2 + (boards ? 1 : 0);
  }
}
