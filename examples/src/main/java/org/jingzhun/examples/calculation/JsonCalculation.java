package org.jingzhun.examples.calculation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.ValidationException;

/**
 * JSON 接口 — runs a calculation on a JSON input and gives its JSON output, the same way for
 * the subcommands and for the case runner.
 *
 * <p>The output is the result as JSON; with an explanation it is
 * {@code {"result": …, "explanation": {"text": [lines…], "steps": …}}}, the text in the
 * language asked and the steps as the explanation's JSON tree.
 */
public final class JsonCalculation {
  private JsonCalculation() {}

  /**
   * The JSON result of {@code calculation} for {@code input}.
   *
   * @throws ValidationException for an input that does not read as the calculation's input
   *     type (with JSON paths) or that the calculation rejects
   */
  public static JsonNode result(Calculation<?, ?> calculation, JsonNode input, Situation situation) {
    return JingzhunJson.mapper().valueToTree(computeTyped(calculation, input, situation));
  }

  /**
   * The JSON result of {@code calculation} with its explanation in {@code language}.
   *
   * @throws ValidationException as {@link #result}
   */
  public static JsonNode explained(Calculation<?, ?> calculation, JsonNode input, Situation situation, Language language) {
    Explained<?> explained = explainTyped(calculation, input, situation);
    ObjectNode out = JingzhunJson.mapper().createObjectNode();
    out.set("result", JingzhunJson.mapper().valueToTree(explained.value()));
    ObjectNode explanation = out.putObject("explanation");
    explanation.put("language", language.name().toLowerCase(java.util.Locale.ROOT));
    explained.explanationText(language).lines().forEach(explanation.putArray("text")::add);
    explanation.set("steps", JingzhunJson.mapper().valueToTree(explained.explanation()));
    return out;
  }

  private static <I> Object computeTyped(Calculation<I, ?> calculation, JsonNode input, Situation situation) {
    return calculation.compute(JingzhunJson.convert(input, calculation.inputType()), situation);
  }

  private static <I> Explained<?> explainTyped(Calculation<I, ?> calculation, JsonNode input, Situation situation) {
    return calculation.explain(JingzhunJson.convert(input, calculation.inputType()), situation);
  }
}
