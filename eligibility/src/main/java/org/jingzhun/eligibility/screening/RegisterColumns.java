package org.jingzhun.eligibility.screening;

import java.util.Arrays;
import java.util.Objects;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 登记户收入列 (a register's income columns): the yearly net income in fen (negative for a net
 * loss) and the member count of each household, as two primitive columns, 12 bytes a
 * household. Checked once when built — every household has at least one member — so that
 * screening it, as often as a scenario needs, checks nothing per household.
 *
 * <p>Immutable: the columns are copied in and never handed out.
 */
public final class RegisterColumns {

  private final long[] netIncomeFen;
  private final int[] members;
  private final int largestHousehold;

  private RegisterColumns(long[] netIncomeFen, int[] members) {
    this.netIncomeFen = netIncomeFen;
    this.members = members;
    int largest = 0;
    for (int n : members) {
      largest = Math.max(largest, n);
    }
    this.largestHousehold = largest;
  }

  /**
   * {@return columns holding copies of {@code netIncomeFen} and {@code members}, household
   * {@code i} being element {@code i} of each}
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @throws ValidationException listing every household with fewer than one member
   *     ({@code members[i]}), or the two lengths if they differ
   */
  public static RegisterColumns of(long[] netIncomeFen, int[] members) {
    Objects.requireNonNull(netIncomeFen, "netIncomeFen");
    Objects.requireNonNull(members, "members");
    if (netIncomeFen.length != members.length) {
      throw ValidationException.of("members", members.length + " households",
          "must hold as many households as netIncomeFen (" + netIncomeFen.length + ")");
    }
    if (someWithoutMembers(members)) {
      Violations violations = Violations.collect();
      for (int i = 0; i < members.length; i++) {
        violations.check(members[i] >= 1, FieldPath.index("members", i), members[i], "must be at least 1");
      }
      violations.throwIfAny();
    }
    return new RegisterColumns(netIncomeFen.clone(), members.clone());
  }

  /** Whether some household has fewer than one member: n | (n − 1) is negative exactly for n ≤ 0. */
  private static boolean someWithoutMembers(int[] members) {
    int signs = 0;
    for (int n : members) {
      signs |= n | (n - 1);
    }
    return signs < 0;
  }

  /** {@return the largest member count of any household; 0 when there is none} */
  public int largestHousehold() {
    return largestHousehold;
  }

  /** {@return number of households} */
  public int size() {
    return members.length;
  }

  /**
   * {@return yearly net income of household {@code i} in fen; negative for a net loss}
   *
   * @param i the household's index in the register, from 0
   */
  public long netIncomeFen(int i) {
    return netIncomeFen[i];
  }

  /**
   * {@return member count of household {@code i}, at least 1}
   *
   * @param i the household's index in the register, from 0
   */
  public int members(int i) {
    return members[i];
  }

  /** The income column, read by {@link IncomeScreening} only. */
  long[] incomes() {
    return netIncomeFen;
  }

  /** The member column, read by {@link IncomeScreening} only. */
  int[] memberCounts() {
    return members;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RegisterColumns)) {
      return false;
    }
    RegisterColumns that = (RegisterColumns) other;
    return Arrays.equals(netIncomeFen, that.netIncomeFen) && Arrays.equals(members, that.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(netIncomeFen), Arrays.hashCode(members));
  }

  @Override
  public String toString() {
    return "RegisterColumns[" + size() + " households]";
  }
}
