package org.jingzhun.eligibility;

import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;

/** Households for the tests: a village of Bazhou District, adults insured, safe house and water. */
public final class Fixtures {
  private Fixtures() {}

  public static final RegionCode VILLAGE = RegionCode.of("511902101201");
  public static final RegionCode BAZHOU = RegionCode.of("511902");

  /** An insured adult born 1970-01-01 with full labour capacity. */
  public static Person.Builder adult(String id) {
    return Person.builder().id(id).birthDate(LocalDate.of(1970, 1, 1))
        .relationship(id.equals("P1") ? Relationship.HEAD : Relationship.SPOUSE)
        .labourCapacity(LabourCapacity.FULL).insured(true);
  }

  /** An insured child born on {@code born}. */
  public static Person.Builder child(String id, LocalDate born) {
    return Person.builder().id(id).birthDate(born).relationship(Relationship.CHILD)
        .labourCapacity(LabourCapacity.NONE).insured(true);
  }

  /** A household of {@code members} insured adults with net income {@code net} yuan (as wages). */
  public static Household.Builder household(String net, int members) {
    Household.Builder b = Household.builder().id("H1").village(VILLAGE)
        .income(Income.builder().wages(Money.ofYuan(net)).build())
        .housing(HousingSafetyGrade.A).safeDrinkingWater(true);
    for (int i = 1; i <= members; i++) {
      b.addMembers(adult("P" + i).build());
    }
    return b;
  }
}
