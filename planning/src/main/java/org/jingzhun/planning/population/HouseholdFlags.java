package org.jingzhun.planning.population;

import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;

/**
 * The flags word of a household of a {@link Population}, one int: housing grade bits 0–1, safe
 * water bit 2, registered bit 3, exited bit 4, category bits 5–6, causes of poverty bits 7–17,
 * rigid spending recorded (even at zero) bits 18–21. Each method reads one field of a word, or
 * returns the word with one field changed.
 */
final class HouseholdFlags {
  private static final int HOUSING = 0;
  private static final int WATER = 2;
  private static final int REGISTERED = 3;
  private static final int EXITED = 4;
  private static final int CATEGORY = 5;
  private static final int CAUSES = 7;
  private static final int RIGID_RECORDED = 18;
  // the enums' values, read once: values() copies its array on every call
  private static final HousingSafetyGrade[] GRADES = HousingSafetyGrade.values();
  private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();

  private HouseholdFlags() {}

  static HousingSafetyGrade housing(int flags) {
    return GRADES[Bits.get(flags, HOUSING, 2)];
  }

  static int withHousing(int flags, HousingSafetyGrade grade) {
    return Bits.set(flags, HOUSING, 2, grade.ordinal());
  }

  static boolean safeDrinkingWater(int flags) {
    return Bits.flag(flags, WATER);
  }

  static int withSafeDrinkingWater(int flags, boolean safe) {
    return Bits.flag(flags, WATER, safe);
  }

  static boolean hasCause(int flags, PovertyCause cause) {
    return Bits.flag(flags, CAUSES + cause.ordinal());
  }

  static int withCause(int flags, PovertyCause cause, boolean recorded) {
    return Bits.flag(flags, CAUSES + cause.ordinal(), recorded);
  }

  static boolean rigidRecorded(int flags, RigidSpendingKind kind) {
    return Bits.flag(flags, RIGID_RECORDED + kind.ordinal());
  }

  static int withRigidRecorded(int flags, RigidSpendingKind kind, boolean recorded) {
    return Bits.flag(flags, RIGID_RECORDED + kind.ordinal(), recorded);
  }

  static boolean registered(int flags) {
    return Bits.flag(flags, REGISTERED);
  }

  static boolean exited(int flags) {
    return Bits.flag(flags, EXITED);
  }

  static PovertyCategory category(int flags) {
    return CATEGORIES[Bits.get(flags, CATEGORY, 2)];
  }

  static int withRegistration(int flags, PovertyCategory category, RegistrationStatus status) {
    int f = Bits.flag(flags, REGISTERED, true);
    f = Bits.flag(f, EXITED, status == RegistrationStatus.EXITED);
    return Bits.set(f, CATEGORY, 2, category.ordinal());
  }

  static int withoutRegistration(int flags) {
    // bits 4–6: the exited flag and the category
    return Bits.set(Bits.flag(flags, REGISTERED, false), EXITED, 3, 0);
  }
}
