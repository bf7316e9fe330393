package org.jingzhun.planning.population;

import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;

/**
 * The attributes of a member of a {@link Population}, packed in 16 bits (a short in the column,
 * an int from 0 to 65535 here): relationship bits 0–3, disability grade bits 4–6 (0 none),
 * health bits 7–8, labour capacity bits 9–10, school stage bits 11–13 (0 none, else ordinal +
 * 1), boarding bit 14, insured bit 15. Each method reads one field of the attributes, or returns
 * them with one field changed.
 */
final class MemberAttributes {
  private static final int RELATIONSHIP = 0;
  private static final int DISABILITY = 4;
  private static final int HEALTH = 7;
  private static final int LABOUR = 9;
  private static final int SCHOOL = 11;
  private static final int BOARDING = 14;
  private static final int INSURED = 15;
  // the enums' values, read once: values() copies its array on every call
  private static final Relationship[] RELATIONSHIPS = Relationship.values();
  private static final HealthCondition[] HEALTHS = HealthCondition.values();
  private static final LabourCapacity[] LABOURS = LabourCapacity.values();
  private static final SchoolStage[] STAGES = SchoolStage.values();

  private MemberAttributes() {}

  /** {@return the attributes of a new member: healthy, not disabled, not in school, not insured} */
  static int of(Relationship relationship, LabourCapacity labour) {
    return Bits.set(Bits.set(0, RELATIONSHIP, 4, relationship.ordinal()), LABOUR, 2, labour.ordinal());
  }

  static Relationship relationship(int a) {
    return RELATIONSHIPS[Bits.get(a, RELATIONSHIP, 4)];
  }

  static int disabilityGrade(int a) {
    return Bits.get(a, DISABILITY, 3);
  }

  static int withDisabilityGrade(int a, int grade) {
    return Bits.set(a, DISABILITY, 3, grade);
  }

  static HealthCondition health(int a) {
    return HEALTHS[Bits.get(a, HEALTH, 2)];
  }

  static int withHealth(int a, HealthCondition health) {
    return Bits.set(a, HEALTH, 2, health.ordinal());
  }

  static LabourCapacity labourCapacity(int a) {
    return LABOURS[Bits.get(a, LABOUR, 2)];
  }

  static boolean inSchool(int a) {
    return Bits.get(a, SCHOOL, 3) != 0;
  }

  /** {@return the school stage; only for attributes {@link #inSchool}} */
  static SchoolStage schoolStage(int a) {
    return STAGES[Bits.get(a, SCHOOL, 3) - 1];
  }

  static boolean boarding(int a) {
    return Bits.get(a, BOARDING, 1) != 0;
  }

  static int withSchool(int a, SchoolStage stage, boolean boards) {
    return Bits.set(Bits.set(a, SCHOOL, 3, stage.ordinal() + 1), BOARDING, 1, boards ? 1 : 0);
  }

  static int withoutSchool(int a) {
    return Bits.set(Bits.set(a, SCHOOL, 3, 0), BOARDING, 1, 0);
  }

  static boolean insured(int a) {
    return Bits.get(a, INSURED, 1) != 0;
  }

  static int withInsured(int a, boolean insured) {
    return Bits.set(a, INSURED, 1, insured ? 1 : 0);
  }
}
