package org.jingzhun.planning.population;

import java.util.Arrays;

/**
 * The member columns of a {@link Population}: each member's birth day and its packed attributes
 * (see {@link MemberAttributes}), grown together as members are added. Storage only: {@link Population}
 * checks indices and values.
 */
final class MemberColumns {
  /** The number of members held. */
  int size;
  /** Each member's day of birth as an epoch day. */
  int[] birthDay;
  /** Each member's packed attributes. */
  short[] bits;

  MemberColumns(int capacity) {
    birthDay = new int[capacity];
    bits = new short[capacity];
  }

  /** A copy of {@code o}'s members, with no spare capacity. */
  MemberColumns(MemberColumns o) {
    size = o.size;
    birthDay = Arrays.copyOf(o.birthDay, size);
    bits = Arrays.copyOf(o.bits, size);
  }

  /**
   * Adds a member born on {@code birthEpochDay} with the packed attributes {@code memberBits}
   * (see {@link MemberAttributes}).
   *
   * @return the member's index
   */
  int add(int birthEpochDay, int memberBits) {
    if (size == birthDay.length) {
      resize(Math.max(64, size + (size >> 1)));
    }
    int m = size++;
    birthDay[m] = birthEpochDay;
    bits[m] = (short) memberBits;
    return m;
  }

  /** Resizes the columns to hold {@code capacity} members. */
  void resize(int capacity) {
    birthDay = Arrays.copyOf(birthDay, capacity);
    bits = Arrays.copyOf(bits, capacity);
  }

  /** {@return member {@code m}'s attributes (see {@link MemberAttributes}), from 0 to 65535} */
  int attributes(int m) {
    return bits[m] & 0xFFFF;
  }

  /** Sets member {@code m}'s attributes (see {@link MemberAttributes}). */
  void setAttributes(int m, int attributes) {
    bits[m] = (short) attributes;
  }

  /** {@return the bytes held by the columns, capacity included} */
  long footprintBytes() {
    return 4L * birthDay.length + 2L * bits.length;
  }
}
