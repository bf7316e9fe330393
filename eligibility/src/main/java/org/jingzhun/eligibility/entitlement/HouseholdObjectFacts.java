package org.jingzhun.eligibility.entitlement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.core.household.SchoolStage;

/** The facts of a {@link Household}, read from it on each call. */
final class HouseholdObjectFacts implements HouseholdFacts {
  private final Household household;
  private final List<Person> members;
  private final Optional<RelocationPlan> relocation;

  HouseholdObjectFacts(Household household, Optional<RelocationPlan> relocation) {
    this.household = Objects.requireNonNull(household, "household");
    this.members = household.members();
    this.relocation = Objects.requireNonNull(relocation, "relocation");
  }

  @Override
  public Household household() {
    return household;
  }

  @Override
  public long netIncomeFen() {
    return household.netIncome().fen();
  }

  @Override
  public int members() {
    return members.size();
  }

  @Override
  public HousingSafetyGrade housing() {
    return household.housing();
  }

  @Override
  public boolean safeDrinkingWater() {
    return household.safeDrinkingWater();
  }

  @Override
  public boolean hasLivelihoodIncome() {
    var income = household.income();
    return !(income.wages().isZero() && income.business().isZero() && income.property().isZero());
  }

  @Override
  public boolean hasCause(PovertyCause cause) {
    return household.causes().contains(cause);
  }

  @Override
  public int causeMask() {
    int mask = 0;
    for (PovertyCause cause : household.causes()) {
      mask |= 1 << cause.ordinal();
    }
    return mask;
  }

  @Override
  public boolean registeredPoor() {
    return household.isRegisteredPoor();
  }

  @Override
  public boolean registeredExtreme() {
    return household.isRegisteredPoor()
        && household.registration().get().category() == PovertyCategory.EXTREME_POVERTY_SUPPORT;
  }

  @Override
  public Optional<RelocationPlan> relocation() {
    return relocation;
  }

  @Override
  public int birthEpochDay(int m) {
    return Math.toIntExact(members.get(m).birthDate().toEpochDay());
  }

  @Override
  public LabourCapacity labourCapacity(int m) {
    return members.get(m).labourCapacity();
  }

  @Override
  public boolean severeDisability(int m) {
    return members.get(m).hasSevereDisability();
  }

  @Override
  public HealthCondition health(int m) {
    return members.get(m).health();
  }

  @Override
  public boolean inSchool(int m) {
    return members.get(m).inSchool();
  }

  @Override
  public SchoolStage schoolStage(int m) {
    return members.get(m).schoolStage().orElseThrow(() -> new IllegalStateException("member " + m + " is not in school"));
  }

  @Override
  public boolean boarding(int m) {
    return members.get(m).boarding();
  }

  @Override
  public boolean insured(int m) {
    return members.get(m).insured();
  }
}
