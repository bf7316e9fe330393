package org.jingzhun.examples.calculation;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.validation.ValidationException;

/**
 * JSON 接口 — runs a calculation on a JSON input and gives its JSON output, the same way for
 * the subcommands and for the case runner.
 *
 * <p>The output is the result as JSON; with an explanation it is
 * {@code {"result": …, "explanation": {"text": [lines…], "steps": …}}}, the text in the
 * language asked and the steps as the explanation's JSON tree; a calculation with a printable
 * notice adds {@code "notice": [lines…]} in the same language.
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
    return JsonMapping.mapper().valueToTree(computeTyped(calculation, input, situation));
  }

  /**
   * The JSON result of {@code calculation} with its explanation in {@code language}.
   *
   * @throws ValidationException as {@link #result}
   */
  public static JsonNode explained(Calculation<?, ?> calculation, JsonNode input, Situation situation, Language language) {
    return explainedTyped(calculation, input, situation, language);
  }

  /**
   * The printable notice of {@code calculation}'s result for {@code input}, in {@code language};
   * empty when the calculation has none (nothing is computed then).
   *
   * @throws ValidationException as {@link #result}
   */
  public static Optional<String> notice(Calculation<?, ?> calculation, JsonNode input, Situation situation, Language language) {
    return noticeTyped(calculation, input, situation, language);
  }

  private static <I, O> Optional<String> noticeTyped(Calculation<I, O> calculation, JsonNode input, Situation situation,
      Language language) {
    if (!calculation.hasNotice()) {
      return Optional.empty();
    }
    return calculation.notice(calculation.compute(JsonMapping.convert(input, calculation.inputType()), situation), language);
  }

  private static <I> Object computeTyped(Calculation<I, ?> calculation, JsonNode input, Situation situation) {
    return calculation.compute(JsonMapping.convert(input, calculation.inputType()), situation);
  }

  private static <I, O> JsonNode explainedTyped(Calculation<I, O> calculation, JsonNode input, Situation situation,
      Language language) {
    Explained<O> explained = calculation.explain(JsonMapping.convert(input, calculation.inputType()), situation);
    ObjectNode out = JsonMapping.mapper().createObjectNode();
    out.set("result", JsonMapping.mapper().valueToTree(explained.value()));
    ObjectNode explanation = out.putObject("explanation");
    explanation.put("language", language.name().toLowerCase(java.util.Locale.ROOT));
    explained.explanationText(language).lines().forEach(explanation.putArray("text")::add);
    explanation.set("steps", JsonMapping.mapper().valueToTree(explained.explanation()));
    calculation.notice(explained.value(), language).ifPresent(text -> text.lines().forEach(out.putArray("notice")::add));
    return out;
  }
}
