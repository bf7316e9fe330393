package org.jingzhun.planning.simulation;

import org.jingzhun.core.household.HousingSafetyGrade;

/**
 * 危房改造后 — the grade of a dwelling once made safe: a C dwelling is reinforced (加固) to B, a
 * D dwelling rebuilt (拆除重建) to A; A and B are already safe and stay as they are.
 */
final class Renovation {
  private Renovation() {}

  static HousingSafetyGrade after(HousingSafetyGrade grade) {
    return switch (grade) {
      case A, B -> grade;
      case C -> HousingSafetyGrade.B;
      case D -> HousingSafetyGrade.A;
    };
  }
}
