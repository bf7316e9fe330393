package org.jingzhun.core.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * 推导过程 — how a result was reached: the rule, the inputs used, the parameters read (with
 * value and source), the intermediate amounts, the reasons, the result, and the nested rules.
 * Print it with {@link ExplanationText#render(Explanation, Language)}; it serialises to JSON as
 * is.
 *
 * @param result the rule's result, or null when it records none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Explanation(
    Term rule,
    List<Line> inputs,
    List<ParameterLine> parameters,
    List<Line> amounts,
    List<Term> notes,
    Object result,
    List<Explanation> children) {

  /** A named value: an input or an intermediate amount. */
  public record Line(Term name, Object value) {}

  /** A parameter as read: its name, the region whose value applied, the value and source. */
  public record ParameterLine(
      String name, String region, Object value, String sourceZh, String sourceEn) {}

  /** The first nested explanation of {@code rule}, searching depth first, if any. */
  public java.util.Optional<Explanation> find(Term rule) {
    if (this.rule.equals(rule)) {
      return java.util.Optional.of(this);
    }
    return children.stream().map(c -> c.find(rule)).flatMap(java.util.Optional::stream).findFirst();
  }
}
