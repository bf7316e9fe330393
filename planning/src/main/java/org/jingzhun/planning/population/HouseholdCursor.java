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

  /** Moves to the next household; false when there is none. */
  public boolean next() {
    if (index + 1 >= population.size()) {
      index = population.size();
      return false;
    }
    index++;
    return true;
  }

  /** Moves to household {@code h}. */
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

  public int index() {
    return index;
  }

  public int villageIndex() {
    return population.villageIndex(index);
  }

  public int memberCount() {
    return population.memberCount(index);
  }

  public int firstMember() {
    return population.firstMember(index);
  }

  /** One past the last member. */
  public int endMember() {
    return population.firstMember(index) + population.memberCount(index);
  }

  public long netIncomeFen() {
    return population.netIncomeFen(index);
  }

  public long income(IncomeColumn column) {
    return population.income(index, column);
  }

  public HousingSafetyGrade housing() {
    return population.housing(index);
  }

  public boolean safeDrinkingWater() {
    return population.safeDrinkingWater(index);
  }

  public boolean registeredPoor() {
    return population.registeredPoor(index);
  }
}
