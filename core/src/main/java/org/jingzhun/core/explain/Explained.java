package org.jingzhun.core.explain;

/**
 * 结果及推导 — a result with the explanation of how it was reached.
 *
 * @param value the result
 * @param explanation how it was reached
 */
public record Explained<T>(T value, Explanation explanation) {

  /** The explanation as indented text in {@code language}. */
  public String explanationText(Language language) {
    return ExplanationText.render(explanation, language);
  }
}
