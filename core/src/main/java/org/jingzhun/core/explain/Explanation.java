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

  /**
   * A parameter as read: its name, the region whose value applied, the value and source, and
   * whether the value rests on a published rule (false: an estimate or an unverified value).
   */
  public record ParameterLine(
      String name, String region, Object value, String sourceZh, String sourceEn, boolean official) {}

  /**
   * {@return the names of the parameters read anywhere in this explanation whose values are not
   * official, in order, once each}
   */
  public java.util.List<String> unofficialParameters() {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    collectUnofficial(this, out);
    return java.util.List.copyOf(out);
  }

  private static void collectUnofficial(Explanation e, java.util.Set<String> out) {
    e.parameters.stream().filter(p -> !p.official()).forEach(p -> out.add(p.name()));
    e.children.forEach(c -> collectUnofficial(c, out));
  }

  /**
   * {@return the first nested explanation of {@code rule}, searching depth first, if any}
   *
   * @param rule the rule to look for
   */
  public java.util.Optional<Explanation> find(Term rule) {
    if (this.rule.equals(rule)) {
      return java.util.Optional.of(this);
    }
    return children.stream().map(c -> c.find(rule)).flatMap(java.util.Optional::stream).findFirst();
  }
}
