package org.jingzhun.core.explain;

/**
 * 结果及推导 — a result with the explanation of how it was reached.
 *
 * @param value the result
 * @param explanation how it was reached
 */
public record Explained<T>(T value, Explanation explanation) {

  /**
   * {@return the explanation as indented text in {@code language}}
   *
   * @param language the language of labels and citations
   */
  public String explanationText(Language language) {
    return ExplanationText.render(explanation, language);
  }
}
