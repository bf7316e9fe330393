package org.jingzhun.planning.population;

import org.jingzhun.core.household.HousingSafetyGrade;

/**
 * 逐户游标 — walks a {@link Population} household by household without allocating: one cursor
 * object, moved with {@link #next()} or {@link #moveTo(int)}, reads the current household's
 * columns. For member columns use {@link #firstMember()} … {@link #endMember()} with the
 * population's member accessors.
 *
 * <pre>{@code
 * HouseholdCursor c = population.cursor();
 * long poorPersons = 0;
 * while (c.next()) {
 *   if (c.registeredPoor()) poorPersons += c.memberCount();
 * }
 * }</pre>
 */
public final class HouseholdCursor {
  private final Population population;
  private int index = -1;

  HouseholdCursor(Population population) {
    this.population = population;
  }

  /**
   * Moves to the next household; false when there is none.
   *
   * @return whether the cursor moved (false at the last household)
   */
  public boolean next() {
    if (index + 1 >= population.size()) {
      index = population.size();
      return false;
    }
    index++;
    return true;
  }

  /**
   * Moves to household {@code h}.
   *
   * @param h the household's index, from 0 to the population's size − 1
   * @return this cursor, on household {@code h}
   */
  public HouseholdCursor moveTo(int h) {
    if (h < 0 || h >= population.size()) {
      throw new IndexOutOfBoundsException("household " + h + " of " + population.size());
    }
    index = h;
    return this;
  }

  /** Moves before the first household. */
  public void reset() {
    index = -1;
  }

  /** {@return the index of the household the cursor is on} */
  public int index() {
    return index;
  }

  /** {@return the index of the household's village in the population} */
  public int villageIndex() {
    return population.villageIndex(index);
  }

  /** {@return the number of the household's members} */
  public int memberCount() {
    return population.memberCount(index);
  }

  /** {@return the index of the household's first member; its members follow it} */
  public int firstMember() {
    return population.firstMember(index);
  }

  /** {@return one past the last member} */
  public int endMember() {
    return population.firstMember(index) + population.memberCount(index);
  }

  /**
   * {@return the household's yearly net income in fen: gross income minus production costs
   * (negative for a loss)}
   */
  public long netIncomeFen() {
    return population.netIncomeFen(index);
  }

  /**
   * {@return the household's income in {@code column}, in fen}
   *
   * @param column the income column
   */
  public long income(IncomeColumn column) {
    return population.income(index, column);
  }

  /** {@return 住房安全等级 — the dwelling's safety grade} */
  public HousingSafetyGrade housing() {
    return population.housing(index);
  }

  /** {@return 饮水安全 — whether the household has safe drinking water} */
  public boolean safeDrinkingWater() {
    return population.safeDrinkingWater(index);
  }

  /** {@return whether the household is registered poor and not exited} */
  public boolean registeredPoor() {
    return population.registeredPoor(index);
  }
}
