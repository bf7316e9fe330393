package org.jingzhun.eligibility.identification;

import java.util.EnumSet;
import org.jingzhun.core.explain.Labelled;

/**
 * “两不愁三保障”短板 — a guarantee a household lacks: safe housing, safe drinking water,
 * compulsory schooling of every school-age child, basic medical insurance of every member.
 */
public enum GuaranteeDeficit implements Labelled {
  /** 住房不安全（C级或D级危房） — unsafe housing (grade C or D). */
  UNSAFE_HOUSING("住房不安全（C级或D级危房）", "unsafe housing (grade C or D)"),
  /** 饮水不安全 — no safe drinking water. */
  UNSAFE_WATER("饮水不安全", "no safe drinking water"),
  /** 义务教育适龄儿童失学辍学 — a child of compulsory school age out of school. */
  CHILD_OUT_OF_SCHOOL("义务教育适龄儿童失学辍学", "a child of compulsory school age out of school"),
  /** 有成员未参加基本医疗保险 — a member without basic medical insurance. */
  UNINSURED("有成员未参加基本医疗保险", "a member without basic medical insurance");

  /** The number of deficit masks: a mask is below {@code 1 << values().length}. */
  public static final int MASKS = 1 << 4;
  /** The deficits, read once: values() copies its array on every call. */
  private static final GuaranteeDeficit[] ALL = values();

  private final String chinese;
  private final String english;

  GuaranteeDeficit(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** {@return this deficit's bit in a deficit mask: {@code 1 << ordinal()}} */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * {@return the deficit mask of {@code deficits}: the sum of their bits}
   *
   * @param deficits the deficits
   */
  public static int mask(Iterable<GuaranteeDeficit> deficits) {
    int mask = 0;
    for (GuaranteeDeficit d : deficits) {
      mask |= d.bit();
    }
    return mask;
  }

  /**
   * {@return the deficits of {@code mask}, in declaration order}
   *
   * @param mask a deficit mask, as {@link #mask} gives it
   */
  public static EnumSet<GuaranteeDeficit> setOf(int mask) {
    EnumSet<GuaranteeDeficit> out = EnumSet.noneOf(GuaranteeDeficit.class);
    for (GuaranteeDeficit d : ALL) {
      if ((mask & d.bit()) != 0) {
        out.add(d);
      }
    }
    return out;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}
