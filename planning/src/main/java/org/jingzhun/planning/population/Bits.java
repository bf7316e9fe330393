package org.jingzhun.planning.population;

/**
 * Fields of bits in an int word: {@code width} bits from bit {@code shift}. The layouts are
 * {@link HouseholdFlags} and {@link MemberAttributes}.
 */
final class Bits {
  private Bits() {}

  static int get(int word, int shift, int width) {
    return (word >>> shift) & ((1 << width) - 1);
  }

  static int set(int word, int shift, int width, int value) {
    int mask = ((1 << width) - 1) << shift;
    return (word & ~mask) | ((value << shift) & mask);
  }

  static boolean flag(int word, int shift) {
    return ((word >>> shift) & 1) != 0;
  }

  static int flag(int word, int shift, boolean on) {
    return on ? word | (1 << shift) : word & ~(1 << shift);
  }
}
