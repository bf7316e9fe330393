package org.jingzhun.eligibility.identification;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 义务教育适龄 — compulsory school age: from {@code guarantee.school-age.from} completed years up to, not
 * including, {@code guarantee.school-age.until}. A child turning 16 on the day is no longer of school age that
 * day (with the shipped ages).
 */
public final class SchoolAge {
  /**
   * The parameter {@code guarantee.school-age.from}: first age of compulsory schooling (completed years) (义务教育适龄起始年龄（周岁）).
   */
  public static final ParameterKey<Integer> FROM = ParameterKey.count("guarantee.school-age.from");
  /**
   * The parameter {@code guarantee.school-age.until}: age at which compulsory schooling ends (no longer of school age on that
   * birthday) (义务教育适龄截止年龄（满此周岁即不再适龄）).
   */
  public static final ParameterKey<Integer> UNTIL = ParameterKey.count("guarantee.school-age.until");

  private final Reading from;
  private final Reading until;
  private final int fromAge;
  private final int untilAge;

  private SchoolAge(Reading from, Reading until) {
    this.from = from;
    this.until = until;
    this.fromAge = from.value(FROM);
    this.untilAge = until.value(UNTIL);
  }

  /**
   * Records in {@code read} the two ages these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(FROM);
    read.need(UNTIL);
  }

  /**
   * {@return the ages in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static SchoolAge resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new SchoolAge(book.get(FROM, region, date), book.get(UNTIL, region, date));
  }

  /** The last birth day (epoch day) of a person no longer of school age on {@code date}: one born later is younger than {@code guarantee.school-age.until}. */
  int bornAfterDay(LocalDate date) {
    return Math.toIntExact(date.minusYears(untilAge).toEpochDay());
  }

  /** The last birth day (epoch day) of a person of at least {@code guarantee.school-age.from} years on {@code date}. */
  int bornByDay(LocalDate date) {
    return Math.toIntExact(date.minusYears(fromAge).toEpochDay());
  }

  /**
   * {@return whether {@code person} is of compulsory school age on {@code date}}
   *
   * @param person the person
   * @param date the day on which the age is counted
   */
  public boolean isOfSchoolAge(Person person, LocalDate date) {
    int age = person.ageOn(date);
    return age >= fromAge && age < untilAge;
  }

  /**
   * Records in {@code trace} the two parameters that set the ages.
   *
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public void cite(Trace trace) {
    trace.parameter(from).parameter(until);
  }
}
