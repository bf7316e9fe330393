package org.jingzhun.planning.uncertainty;

import java.util.Objects;

/**
 * 主要结果 — one headline result of a campaign year: its snake_case name (such as
 * {@code poor_persons}, {@code spending_dibao}, {@code source_central}), its label in Chinese and
 * English, and its unit.
 *
 * @param name the snake_case name, unique among a run's headlines
 * @param chinese the label in Chinese
 * @param english the label in English
 * @param unit what it counts or sums
 */
public record Headline(String name, String chinese, String english, Unit unit) {
  /**
   * Checks that every part is given.
   *
   * @param name the snake_case name
   * @param chinese the label in Chinese
   * @param english the label in English
   * @param unit what it counts or sums
   */
  public Headline {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(unit, "unit");
  }
}
