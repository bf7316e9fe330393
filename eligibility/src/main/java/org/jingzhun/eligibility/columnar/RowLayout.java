package org.jingzhun.eligibility.columnar;

import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;

/**
 * The bit layouts of {@link PopulationColumns}: a household's flags word (housing grade bits 0–1,
 * safe water bit 2, livelihood income bit 3, registered bit 4, exited bit 5, registered category
 * bits 6–7, causes of poverty from bit 8) and a member's attributes (labour bits 0–1, severe
 * disability bit 2, health bits 3–4, school stage bits 5–7 (0 none, else ordinal + 1), boarding
 * bit 8, insured bit 9, relationship bits 10–13).
 */
final class RowLayout {
  static final int WATER = 1 << 2;
  static final int LIVELIHOOD = 1 << 3;
  static final int REGISTERED = 1 << 4;
  static final int EXITED = 1 << 5;
  static final int CATEGORY_SHIFT = 6;
  static final int CAUSE_SHIFT = 8;
  /** The cause bits once shifted down by {@link #CAUSE_SHIFT}: one bit per cause, by ordinal. */
  static final int CAUSES = (1 << PovertyCause.values().length) - 1;

  static final int SEVERE = 1 << 2;
  static final int HEALTH_SHIFT = 3;
  static final int SCHOOL_SHIFT = 5;
  static final int BOARDING = 1 << 8;
  static final int INSURED = 1 << 9;
  static final int RELATIONSHIP_SHIFT = 10;

  // the enums' values, read once: values() copies its array on every call
  static final HousingSafetyGrade[] GRADES = HousingSafetyGrade.values();
  static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
  static final LabourCapacity[] LABOURS = LabourCapacity.values();
  static final HealthCondition[] HEALTHS = HealthCondition.values();
  static final SchoolStage[] STAGES = SchoolStage.values();
  static final Relationship[] RELATIONSHIPS = Relationship.values();

  private RowLayout() {}

  static HousingSafetyGrade housing(int flags) {
    return GRADES[flags & 3];
  }

  static PovertyCategory category(int flags) {
    return CATEGORIES[(flags >>> CATEGORY_SHIFT) & 3];
  }

  static boolean registeredNotExited(int flags) {
    return (flags & (REGISTERED | EXITED)) == REGISTERED;
  }

  static LabourCapacity labour(int attributes) {
    return LABOURS[attributes & 3];
  }

  static HealthCondition health(int attributes) {
    return HEALTHS[(attributes >>> HEALTH_SHIFT) & 3];
  }

  /** The school stage's ordinal + 1, or 0 when not in school. */
  static int school(int attributes) {
    return (attributes >>> SCHOOL_SHIFT) & 7;
  }

  static Relationship relationship(int attributes) {
    return RELATIONSHIPS[(attributes >>> RELATIONSHIP_SHIFT) & 15];
  }
}
