package org.jingzhun.planning.population;

import java.util.Arrays;
import org.jingzhun.core.household.RigidSpendingKind;

/**
 * The household columns of a {@link Population}: one array element per household (the income
 * and rigid-spending columns one block of elements per household), grown together as households
 * are appended. Storage only: {@link Population} checks indices and values; the flags word is
 * packed by {@link HouseholdFlags}.
 */
final class HouseholdColumns {
  /** The income columns of each household, in the order of {@link IncomeColumn}. */
  static final int INCOME_COLUMNS = IncomeColumn.values().length;
  /** The rigid-spending columns of each household, in the order of {@link RigidSpendingKind}. */
  static final int RIGID_KINDS = RigidSpendingKind.values().length;

  /** The number of households held. */
  int size;
  /** Each household's village index. */
  int[] village;
  /** Each household's first member; element {@code size} is one past the last member. */
  int[] firstMember;
  /** The income columns in fen, {@link #INCOME_COLUMNS} per household. */
  int[] income;
  /** The rigid spending in fen, {@link #RIGID_KINDS} per household. */
  int[] rigid;
  /** The packed flags word of each household. */
  int[] flags;
  /** Each household's registration year, 0 when not registered. */
  short[] registrationYear;
  /** The offset of each household's ids in the id store, −1 when appended directly. */
  int[] idOffset;

  HouseholdColumns(int capacity) {
    village = new int[capacity];
    firstMember = new int[capacity + 1];
    income = new int[capacity * INCOME_COLUMNS];
    rigid = new int[capacity * RIGID_KINDS];
    flags = new int[capacity];
    registrationYear = new short[capacity];
    idOffset = new int[capacity];
  }

  /** A copy of {@code o}'s households, with no spare capacity. */
  HouseholdColumns(HouseholdColumns o) {
    size = o.size;
    village = Arrays.copyOf(o.village, size);
    firstMember = Arrays.copyOf(o.firstMember, size + 1);
    income = Arrays.copyOf(o.income, size * INCOME_COLUMNS);
    rigid = Arrays.copyOf(o.rigid, size * RIGID_KINDS);
    flags = Arrays.copyOf(o.flags, size);
    registrationYear = Arrays.copyOf(o.registrationYear, size);
    idOffset = Arrays.copyOf(o.idOffset, size);
  }

  /**
   * Appends a household of village {@code villageIndex} whose members start at {@code members}
   * (none yet); every other column starts at zero, its ids at −1.
   *
   * @return the household's index
   */
  int append(int villageIndex, int members) {
    if (size == village.length) {
      resize(Math.max(16, size + (size >> 1)));
    }
    int h = size++;
    village[h] = villageIndex;
    firstMember[h] = members;
    firstMember[h + 1] = members;
    idOffset[h] = -1;
    return h;
  }

  /** Resizes every column to hold {@code capacity} households. */
  void resize(int capacity) {
    village = Arrays.copyOf(village, capacity);
    firstMember = Arrays.copyOf(firstMember, capacity + 1);
    income = Arrays.copyOf(income, capacity * INCOME_COLUMNS);
    rigid = Arrays.copyOf(rigid, capacity * RIGID_KINDS);
    flags = Arrays.copyOf(flags, capacity);
    registrationYear = Arrays.copyOf(registrationYear, capacity);
    idOffset = Arrays.copyOf(idOffset, capacity);
  }

  /** {@return the bytes held by the columns, capacity included} */
  long footprintBytes() {
    return 4L * (village.length + firstMember.length + income.length + rigid.length + flags.length + idOffset.length)
        + 2L * registrationYear.length;
  }

  /**
   * {@return the household member {@code m} belongs to (binary search)}; {@code m} must be a
   * member of one of the households
   */
  int householdOf(int m) {
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstMember[mid] <= m) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    while (firstMember[lo + 1] <= m) {
      lo++; // skip households with no members
    }
    return lo;
  }
}
