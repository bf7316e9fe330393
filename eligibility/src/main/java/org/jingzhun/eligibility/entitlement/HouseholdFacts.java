package org.jingzhun.eligibility.entitlement;

import java.util.Optional;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.core.household.SchoolStage;

/**
 * 户情要素 — what the rules read of one household, as plain values: the one read interface that
 * both a {@link Household} (through {@link #of}) and a row of a columnar population implement,
 * so that identification, the five batches and every programme that reads it are written once
 * for the per-household and the population path. Members are read by their index in the
 * household, from 0 to {@link #members()} − 1. A row of columns is read without allocating.
 */
public interface HouseholdFacts {

  /** {@return the household's yearly net income in fen (negative for a net loss)} */
  long netIncomeFen();

  /** {@return the number of members, at least 1} */
  int members();

  /** {@return the safety grade of the dwelling} */
  HousingSafetyGrade housing();

  /** {@return whether the household has safe drinking water} */
  boolean safeDrinkingWater();

  /** {@return whether the household has any wages, business or property income} */
  boolean hasLivelihoodIncome();

  /**
   * {@return whether the household recorded {@code cause} as a cause of its poverty}
   *
   * @param cause the cause
   */
  boolean hasCause(PovertyCause cause);

  /**
   * {@return the causes of poverty the household recorded, as one word: bit
   * {@code cause.ordinal()} is set for each cause of which {@link #hasCause} is true} The default
   * asks {@link #hasCause} for each cause; a household and a row of columns read the word at once.
   * Rules that weigh several causes (the five batches) read this instead of one call per cause.
   */
  default int causeMask() {
    int mask = 0;
    for (PovertyCause cause : PovertyCause.values()) {
      mask |= hasCause(cause) ? 1 << cause.ordinal() : 0;
    }
    return mask;
  }

  /** {@return whether the household is registered poor and has not exited} */
  boolean registeredPoor();

  /** {@return whether the household is registered, not exited, in the extreme-poverty category} */
  boolean registeredExtreme();

  /** {@return the household's relocation plan; a columnar population holds none} */
  Optional<RelocationPlan> relocation();

  /**
   * {@return the birth date of member {@code m}, as days since 1970-01-01}
   *
   * @param m the member's index in the household
   */
  int birthEpochDay(int m);

  /**
   * {@return the labour capacity of member {@code m}}
   *
   * @param m the member's index in the household
   */
  LabourCapacity labourCapacity(int m);

  /**
   * {@return whether member {@code m} has a severe (grade 1–2) disability}
   *
   * @param m the member's index in the household
   */
  boolean severeDisability(int m);

  /**
   * {@return the health of member {@code m}}
   *
   * @param m the member's index in the household
   */
  HealthCondition health(int m);

  /**
   * {@return whether member {@code m} is enrolled in school}
   *
   * @param m the member's index in the household
   */
  boolean inSchool(int m);

  /**
   * {@return the school stage of member {@code m}; only for a member {@link #inSchool}}
   *
   * @param m the member's index in the household
   * @throws IllegalStateException if the member is not in school
   */
  SchoolStage schoolStage(int m);

  /**
   * {@return whether member {@code m} boards at school}
   *
   * @param m the member's index in the household
   */
  boolean boarding(int m);

  /**
   * {@return whether member {@code m} has basic medical insurance}
   *
   * @param m the member's index in the household
   */
  boolean insured(int m);

  /**
   * {@return the household as an object, for a programme that grants through the object path
   * only: the household itself when these are its facts, a household rebuilt from a columnar
   * population's row otherwise (with ids made from its position, and only what the columns hold)}
   */
  Household household();

  /**
   * {@return the facts of {@code household}, read from it on each call}
   *
   * @param household the household
   * @param relocation its relocation plan, if it is relocated
   */
  static HouseholdFacts of(Household household, Optional<RelocationPlan> relocation) {
    return new HouseholdObjectFacts(household, relocation);
  }
}
