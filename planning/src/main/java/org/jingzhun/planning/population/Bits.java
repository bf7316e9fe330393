package org.jingzhun.planning.population;

/**
 * The bit layout of the packed columns. Household flags (int): housing grade bits 0–1, safe
 * water bit 2, registered bit 3, exited bit 4, category bits 5–6, causes of poverty bits 7–17,
 * rigid spending recorded (even at zero) bits 18–21.
 * Member attributes (short): relationship bits 0–3, disability grade bits 4–6 (0 none),
 * health bits 7–8, labour capacity bits 9–10, school stage bits 11–13 (0 none, else ordinal
 * + 1), boarding bit 14, insured bit 15.
 */
final class Bits {
  static final int HOUSING = 0;
  static final int WATER = 2;
  static final int REGISTERED = 3;
  static final int EXITED = 4;
  static final int CATEGORY = 5;
  static final int CAUSES = 7;
  static final int RIGID_RECORDED = 18;

  static final int RELATIONSHIP = 0;
  static final int DISABILITY = 4;
  static final int HEALTH = 7;
  static final int LABOUR = 9;
  static final int SCHOOL = 11;
  static final int BOARDING = 14;
  static final int INSURED = 15;

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
