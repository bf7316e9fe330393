package org.jingzhun.planning.simulation;

import java.time.LocalDate;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.time.CalendarRules;
import org.jingzhun.planning.population.Population;

/**
 * 入学（控辍保学）— compulsory schooling as the run ages the members: a member of compulsory
 * school age (the rules' {@code guarantee.school-age.from} until {@code …until}) not in school is
 * enrolled, day pupil, in primary for the first {@value #PRIMARY_YEARS} years of school age and in
 * junior middle after (the 6 + 3 structure of compulsory education).
 */
final class SchoolEntry {
  static final int PRIMARY_YEARS = 6;

  private SchoolEntry() {}

  /** Enrols the members of household {@code h} of compulsory school age on {@code date} not in school. */
  static void enrol(Population pop, int h, LocalDate date, RegionRules r) {
    for (int m = pop.firstMember(h); m < pop.firstMember(h) + pop.memberCount(h); m++) {
      if (pop.inSchool(m)) {
        continue;
      }
      int age = CalendarRules.ageOn(LocalDate.ofEpochDay(pop.birthEpochDay(m)), date);
      if (age >= r.schoolFrom && age < r.schoolUntil) {
        pop.setSchool(m, age < r.schoolFrom + PRIMARY_YEARS ? SchoolStage.PRIMARY : SchoolStage.JUNIOR_MIDDLE, false);
      }
    }
  }
}
