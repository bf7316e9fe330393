package org.jingzhun.eligibility.columnar;

import java.util.Optional;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;

/**
 * 行游标 — a cursor over the rows of {@link PopulationColumns}: the facts of the household it is
 * {@link #at}, read from the columns on each call. One cursor serves one thread; moving it
 * allocates nothing. Get one from {@link PopulationColumns#cursor()}.
 */
public final class PopulationRow implements HouseholdFacts {
  private final PopulationColumns columns;
  private int household;
  private int first;
  private int members;
  private int flags;

  PopulationRow(PopulationColumns columns) {
    this.columns = columns;
  }

  /**
   * Moves the cursor to household {@code i}.
   *
   * @param i the household's index, from 0
   * @return this cursor
   * @throws IndexOutOfBoundsException if there is no such household
   */
  public PopulationRow at(int i) {
    household = i;
    first = columns.firstMember(i);
    members = columns.firstMember(i + 1) - first;
    flags = columns.flags(i);
    return this;
  }

  /** {@return the index of the household the cursor is at} */
  public int index() {
    return household;
  }

  /** {@return the index in {@link PopulationColumns#villages()} of the household's village} */
  public int villageIndex() {
    return columns.villageIndex(household);
  }

  @Override
  public long netIncomeFen() {
    return columns.netIncomeFen(household);
  }

  @Override
  public int members() {
    return members;
  }

  @Override
  public HousingSafetyGrade housing() {
    return RowLayout.housing(flags);
  }

  @Override
  public boolean safeDrinkingWater() {
    return (flags & RowLayout.WATER) != 0;
  }

  @Override
  public boolean hasLivelihoodIncome() {
    return (flags & RowLayout.LIVELIHOOD) != 0;
  }

  @Override
  public boolean hasCause(PovertyCause cause) {
    return (flags & 1 << (RowLayout.CAUSE_SHIFT + cause.ordinal())) != 0;
  }

  @Override
  public int causeMask() {
    return (flags >>> RowLayout.CAUSE_SHIFT) & RowLayout.CAUSES;
  }

  @Override
  public boolean registeredPoor() {
    return RowLayout.registeredNotExited(flags);
  }

  @Override
  public boolean registeredExtreme() {
    return RowLayout.registeredNotExited(flags) && RowLayout.category(flags) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
  }

  /** {@return empty: a population's columns hold no relocation plan} */
  @Override
  public Optional<RelocationPlan> relocation() {
    return Optional.empty();
  }

  @Override
  public Household household() {
    return columns.household(household);
  }

  @Override
  public int birthEpochDay(int m) {
    return columns.birthEpochDayOf(first + m);
  }

  @Override
  public LabourCapacity labourCapacity(int m) {
    return RowLayout.labour(columns.attributesOf(first + m));
  }

  @Override
  public boolean severeDisability(int m) {
    return (columns.attributesOf(first + m) & RowLayout.SEVERE) != 0;
  }

  @Override
  public HealthCondition health(int m) {
    return RowLayout.health(columns.attributesOf(first + m));
  }

  @Override
  public boolean inSchool(int m) {
    return RowLayout.school(columns.attributesOf(first + m)) != 0;
  }

  @Override
  public SchoolStage schoolStage(int m) {
    int school = RowLayout.school(columns.attributesOf(first + m));
    if (school == 0) {
      throw new IllegalStateException("member " + m + " is not in school");
    }
    return RowLayout.STAGES[school - 1];
  }

  @Override
  public boolean boarding(int m) {
    return (columns.attributesOf(first + m) & RowLayout.BOARDING) != 0;
  }

  @Override
  public boolean insured(int m) {
    return (columns.attributesOf(first + m) & RowLayout.INSURED) != 0;
  }
}
