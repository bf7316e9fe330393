package org.jingzhun.eligibility.identification;

import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 义务教育适龄 — compulsory school age: from {@value #FROM} completed years up to, not
 * including, {@value #UNTIL}. A child turning 16 on the day is no longer of school age that
 * day (with the shipped ages).
 */
public final class SchoolAge {
  public static final String FROM = "guarantee.school-age.from";
  public static final String UNTIL = "guarantee.school-age.until";

  private final Reading from;
  private final Reading until;
  private final int fromAge;
  private final int untilAge;

  private SchoolAge(Reading from, Reading until) {
    this.from = from;
    this.until = until;
    this.fromAge = from.integer();
    this.untilAge = until.integer();
  }

  /** Records in {@code read} the two ages these rules read. */
  public static void need(PolicyReader read) {
    read.need(FROM);
    read.need(UNTIL);
  }

  /** The ages in force for {@code region} on {@code date}. */
  public static SchoolAge resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new SchoolAge(book.get(FROM, region, date), book.get(UNTIL, region, date));
  }

  /** Whether {@code person} is of compulsory school age on {@code date}. */
  public boolean isOfSchoolAge(Person person, LocalDate date) {
    int age = person.ageOn(date);
    return age >= fromAge && age < untilAge;
  }

  public void cite(Trace trace) {
    trace.parameter(from).parameter(until);
  }
}
