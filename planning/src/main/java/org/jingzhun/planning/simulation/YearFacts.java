package org.jingzhun.planning.simulation;

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
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 年度户情 — what the entitlement programmes read of one household in one campaign year: its
 * columns in the population, with the year's shocks and loan folded into its income as
 * {@link YearRecord} folds them (the loan is business income, the losses reduce the net income).
 * One object serves one range of households: {@link #at} moves it to the next, without allocating.
 */
final class YearFacts implements HouseholdFacts {
  private final Population population;
  private int h;
  private int first;
  private long lossFen;
  private long loanFen;
  private long medicalFen;
  private long disasterFen;

  YearFacts(Population population) {
    this.population = population;
  }

  /**
   * Moves to household {@code h} of the year: {@code lossFen} taken from its net income,
   * {@code loanFen} added to its business income, and the year's medical and disaster losses.
   */
  YearFacts at(int h, long lossFen, long loanFen, long medicalFen, long disasterFen) {
    this.h = h;
    this.first = population.firstMember(h);
    this.lossFen = lossFen;
    this.loanFen = loanFen;
    this.medicalFen = medicalFen;
    this.disasterFen = disasterFen;
    return this;
  }

  @Override
  public long netIncomeFen() {
    return population.netIncomeFen(h) - lossFen + loanFen;
  }

  @Override
  public int members() {
    return population.memberCount(h);
  }

  @Override
  public HousingSafetyGrade housing() {
    return population.housing(h);
  }

  @Override
  public boolean safeDrinkingWater() {
    return population.safeDrinkingWater(h);
  }

  @Override
  public boolean hasLivelihoodIncome() {
    return population.income(h, IncomeColumn.WAGES) != 0 || population.income(h, IncomeColumn.BUSINESS) + loanFen != 0
        || population.income(h, IncomeColumn.PROPERTY) != 0;
  }

  @Override
  public boolean hasCause(PovertyCause cause) {
    return population.hasCause(h, cause);
  }

  @Override
  public boolean registeredPoor() {
    return population.registeredPoor(h);
  }

  @Override
  public boolean registeredExtreme() {
    return population.registeredPoor(h) && population.category(h) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
  }

  @Override
  public Optional<RelocationPlan> relocation() {
    return Optional.empty();
  }

  @Override
  public int birthEpochDay(int m) {
    return population.birthEpochDay(first + m);
  }

  @Override
  public LabourCapacity labourCapacity(int m) {
    return population.labourCapacity(first + m);
  }

  @Override
  public boolean severeDisability(int m) {
    return Person.isSevereDisabilityGrade(population.disabilityGrade(first + m));
  }

  @Override
  public HealthCondition health(int m) {
    return population.health(first + m);
  }

  @Override
  public boolean inSchool(int m) {
    return population.inSchool(first + m);
  }

  @Override
  public SchoolStage schoolStage(int m) {
    return population.schoolStage(first + m);
  }

  @Override
  public boolean boarding(int m) {
    return population.boarding(first + m);
  }

  @Override
  public boolean insured(int m) {
    return population.insured(first + m);
  }

  @Override
  public Household household() {
    return YearRecord.of(population, h, lossFen, loanFen, medicalFen, disasterFen);
  }
}
