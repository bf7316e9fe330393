package org.jingzhun.core.explain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 术语 — a named concept of a rule with its Chinese and English labels: a rule, an input, an
 * intermediate amount, a reason. Calculators declare their terms once as constants, so that
 * tracing allocates nothing for names.
 *
 * @param key a stable identifier, e.g. {@code perCapitaIncome}
 * @param chinese the Chinese label, e.g. 人均纯收入
 * @param english the English label, e.g. per-capita net income
 */
public record Term(String key, String chinese, String english) implements Labelled {

  /**
   * {@return the term {@code key}, labelled {@code chinese} and {@code english}}
   *
   * @param key the stable key, for machines
   * @param chinese the Chinese label
   * @param english the English label
   */
  public static Term of(String key, String chinese, String english) {
    return new Term(key, chinese, english);
  }

  /**
   * {@return the term for a labelled value (an enumeration constant), keyed by {@code key}}
   *
   * @param key the stable key, for machines
   * @param label where the Chinese and English labels come from
   */
  public static Term of(String key, Labelled label) {
    return new Term(key, label.chinese(), label.english());
  }

  /** {@return the key, which is also the JSON form} */
  @JsonValue
  public String key() {
    return key;
  }
}
