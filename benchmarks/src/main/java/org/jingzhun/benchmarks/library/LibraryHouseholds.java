package org.jingzhun.benchmarks.library;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;

/**
 * 农户对象 (household records for the library): the {@link Household} the library's rules take,
 * built from the fields a columnar population holds — village, annual net income in fen and
 * member count — and nothing else.
 *
 * <p>What is not held is fixed: every member is an insured adult born 1970-01-01 with full
 * labour capacity, healthy and without a disability; the dwelling is grade A with safe
 * drinking water; a positive income is all wages, a net loss is production costs without
 * gross income; the household is not on the register. So no
 * guarantee deficit, no classified dibao add-on, no extreme-poverty support and no monitoring
 * case can arise (monitoring is not in force in 2015 anyway).
 *
 * <p>The members of a household of {@code m} are one shared immutable list per {@code m}, and
 * the household id is a constant: per household only the {@link Household}, its
 * {@link Income} and the income's {@link Money} are allocated. That is the cheapest the
 * object path can be, so its measured speed is a best case.
 */
public final class LibraryHouseholds {

  /** Most members a household may have here. */
  public static final int MAX_MEMBERS = 12;

  private static final LocalDate BORN = LocalDate.of(1970, 1, 1);
  private static final ImmutableList<ImmutableList<Person>> MEMBERS = members();

  private LibraryHouseholds() {}

  private static ImmutableList<ImmutableList<Person>> members() {
    ImmutableList.Builder<ImmutableList<Person>> bySize = ImmutableList.builder();
    bySize.add(ImmutableList.of());
    ImmutableList.Builder<Person> people = ImmutableList.builder();
    for (int m = 1; m <= MAX_MEMBERS; m++) {
      people.add(adult(m));
      bySize.add(people.build());
    }
    return bySize.build();
  }

  /** The insured, able-bodied adult who is member {@code number} (from 1) of every household. */
  public static Person adult(int number) {
    return Person.builder().id("P" + number).birthDate(BORN)
        .relationship(number == 1 ? Relationship.HEAD : number == 2 ? Relationship.SPOUSE : Relationship.OTHER)
        .labourCapacity(LabourCapacity.FULL).insured(true).build();
  }

  /**
   * A household of {@code members} such adults in {@code village} with {@code netIncomeFen} of
   * net income (wages, or production costs for a loss), as {@link Household.Builder} so a test
   * may change what is not held.
   *
   * @throws IllegalArgumentException if members is not 1 to {@link #MAX_MEMBERS}
   */
  public static Household.Builder builder(RegionCode village, long netIncomeFen, int members) {
    if (members < 1 || members > MAX_MEMBERS) {
      throw new IllegalArgumentException("members must be 1 to " + MAX_MEMBERS + " but were " + members);
    }
    Income income = netIncomeFen >= 0 ? Income.builder().wages(Money.ofFen(netIncomeFen)).build()
        : Income.builder().productionCosts(Money.ofFen(-netIncomeFen)).build();
    return Household.builder().id("H").village(village).members(MEMBERS.get(members)).income(income)
        .housing(HousingSafetyGrade.A).safeDrinkingWater(true);
  }

  /** The household of {@link #builder}, built. */
  public static Household of(RegionCode village, long netIncomeFen, int members) {
    return builder(village, netIncomeFen, members).build();
  }

  /** A one-member household without income, to read what the rules report (the line). */
  static Household probe(RegionCode village) {
    return of(village, 0, 1);
  }
}
