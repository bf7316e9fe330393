package org.jingzhun.core.policy;

import org.jingzhun.core.explain.Labelled;

/** 可信度 — how sure a parameter value is, by the kind of source behind it. */
public enum Confidence implements Labelled {
  /** A named official document (a State Council or ministry notice, a yearbook table). */
  DOCUMENT("官方文件", "official document"),
  /** One province's or county's published rule. */
  LOCAL("地方规定", "local rule"),
  /** Recalled or inferred; to be confirmed before it decides a case. */
  UNVERIFIED("待核实", "unverified"),
  /**
   * No document was found: the value is estimated by a stated method (carried forward,
   * interpolated, derived from another rule), which the source's note gives in one line.
   */
  ESTIMATED("估算", "estimated");

  private final String chinese;
  private final String english;

  Confidence(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * {@return whether a value of this confidence rests on a published rule ({@link #DOCUMENT} or
   * {@link #LOCAL}); an official-only book refuses the others}
   */
  public boolean official() {
    return this == DOCUMENT || this == LOCAL;
  }

  /** {@return the one-letter marker of coverage tables: D, L, U or E} */
  public char letter() {
    return name().charAt(0);
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
