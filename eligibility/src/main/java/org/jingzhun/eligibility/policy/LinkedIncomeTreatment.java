package org.jingzhun.eligibility.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.LinkedIncomeSource;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 利益联结收入的计入 — how the income tests treat the district's linked sources of income
 * (dividends, order purchasing, collective assets, public-welfare posts): each test has a parameter
 * listing the linked sources its documents leave out of the household's income. The shipped book
 * leaves none out (the documents found count them; see the parameters' sources), so every test
 * reads the household's whole net income, and its explanation cites the parameter.
 *
 * <p>Leaving a source out is stated as data but not yet computed: the columnar population holds
 * net income only, not its linked parts, so the two paths could not agree. A book that lists a
 * source is refused when the rules are resolved, at the parameter's name, rather than computed
 * wrongly on one path. A missing parameter counts every source, as before it existed.
 */
public final class LinkedIncomeTreatment {
  /** The parameter {@code dibao.income.excluded-sources}: linked sources the dibao means test leaves out. */
  public static final ParameterKey<List<LinkedIncomeSource>> DIBAO =
      ParameterKey.list("dibao.income.excluded-sources", LinkedIncomeSource.class);
  /** The parameter {@code identification.income.excluded-sources}: linked sources identification leaves out. */
  public static final ParameterKey<List<LinkedIncomeSource>> IDENTIFICATION =
      ParameterKey.list("identification.income.excluded-sources", LinkedIncomeSource.class);
  /** The parameter {@code exit.income.excluded-sources}: linked sources the household exit test leaves out. */
  public static final ParameterKey<List<LinkedIncomeSource>> EXIT =
      ParameterKey.list("exit.income.excluded-sources", LinkedIncomeSource.class);

  private LinkedIncomeTreatment() {}

  /**
   * Records {@code key} in {@code read} when it is in force (a book without it counts every source).
   *
   * @param read the reader on which the parameter is recorded
   * @param key one of this class's keys
   */
  public static void need(PolicyReader read, ParameterKey<List<LinkedIncomeSource>> key) {
    read.ifInForce(key);
  }

  /**
   * {@return the reading of {@code key} in force, if any, for the explanation to cite}
   *
   * @param book the policy book
   * @param key one of this class's keys
   * @param region the region
   * @param date the date
   * @throws ValidationException at the parameter's name when it leaves a source out, which this
   *     version does not compute
   */
  public static Optional<Reading> resolve(PolicyBook book, ParameterKey<List<LinkedIncomeSource>> key,
      RegionCode region, LocalDate date) {
    Optional<Reading> reading = book.find(key, region, date);
    if (reading.isPresent() && !reading.get().value(key).isEmpty()) {
      List<LinkedIncomeSource> excluded = reading.get().value(key);
      throw ValidationException.of(key.name(), excluded,
          "本版本尚不能从收入中剔除利益联结收入（" + excluded.stream().map(LinkedIncomeSource::chinese).toList()
              + "）/ this version cannot yet leave linked income out of the test: the columnar population"
              + " holds net income only (list no source to count them all)");
    }
    return reading;
  }
}
