package org.jingzhun.core.explain;

import java.util.Collection;
import java.util.Locale;

/** 推导文本 — prints an explanation as indented text in Chinese or English. */
public final class ExplanationText {
  private ExplanationText() {}

  /**
   * {@return the explanation as indented lines, two spaces per level of nesting}
   *
   * @param e the explanation
   * @param language the language of labels and citations
   */
  public static String render(Explanation e, Language language) {
    StringBuilder out = new StringBuilder();
    render(e, language, 0, out);
    java.util.List<String> unofficial = e.unofficialParameters();
    if (!unofficial.isEmpty()) {
      out.append(word(language, "注意：以下参数的取值为估算或待核实，非官方数字：", "Note: these parameters' values are estimated or unverified, not official figures: "))
          .append(String.join(", ", unofficial)).append('\n');
    }
    return out.toString();
  }

  private static void render(Explanation e, Language l, int depth, StringBuilder out) {
    String pad = "  ".repeat(depth);
    out.append(pad).append(e.rule().label(l)).append('\n');
    for (Explanation.Line line : e.inputs()) {
      out.append(pad).append("  ").append(word(l, "输入", "input")).append(": ")
          .append(line.name().label(l)).append(" = ").append(format(line.value(), l)).append('\n');
    }
    for (Explanation.ParameterLine p : e.parameters()) {
      out.append(pad).append("  ").append(word(l, "参数", "parameter")).append(": ")
          .append(p.name()).append(" [").append(p.region()).append("] = ")
          .append(format(p.value(), l)).append(" (")
          .append(l == Language.ZH ? p.sourceZh() : p.sourceEn()).append(")\n");
    }
    for (Explanation.Line line : e.amounts()) {
      out.append(pad).append("  ").append(line.name().label(l)).append(" = ")
          .append(format(line.value(), l)).append('\n');
    }
    for (Term note : e.notes()) {
      out.append(pad).append("  · ").append(note.label(l)).append('\n');
    }
    for (Explanation child : e.children()) {
      render(child, l, depth + 1, out);
    }
    if (e.result() != null) {
      out.append(pad).append("  ").append(word(l, "结果", "result")).append(": ")
          .append(format(e.result(), l)).append('\n');
    }
  }

  /**
   * {@return a value as printed in {@code language}: labels for labelled values, 是/否 for booleans}
   *
   * @param value the value
   * @param l the language
   */
  public static String format(Object value, Language l) {
    if (value instanceof Labelled labelled) {
      return labelled.label(l);
    }
    if (value instanceof Boolean b) {
      return b ? word(l, "是", "yes") : word(l, "否", "no");
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> format(v, l)).collect(java.util.stream.Collectors.joining(l == Language.ZH ? "、" : ", "));
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString(); // 10, not 1E+1
    }
    if (value instanceof Enum<?> en) {
      return en.name().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(value);
  }

  private static String word(Language l, String zh, String en) {
    return l == Language.ZH ? zh : en;
  }
}
