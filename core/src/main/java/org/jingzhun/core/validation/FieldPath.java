package org.jingzhun.core.validation;

/** 字段路径 — joins the parts of a field path as JSON users read them: {@code a.b[2].c}. */
public final class FieldPath {
  private FieldPath() {}

  /**
   * Joins an outer and an inner path; an index ({@code [2]}) attaches without a dot.
   *
   * @param outer the outer path; empty for the top
   * @param inner the path inside it
   * @return the joined path
   */
  public static String join(String outer, String inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    if (inner.isEmpty()) {
      return outer;
    }
    return inner.startsWith("[") ? outer + inner : outer + "." + inner;
  }

  /**
   * {@return the path of element {@code index} of the list at {@code path}}
   *
   * @param path the path of the list
   * @param index the element's index, from 0
   */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
