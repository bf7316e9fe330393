package org.jingzhun.examples.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.ValidationException;

/**
 * 输出路径 — a path into a JSON output as the library writes field paths:
 * {@code parts[0].amount}, {@code explanation.text[2]}; a leading {@code $.} (or {@code $} before an index, as in {@code $[0].region}) is allowed, and
 * {@code $} alone is the whole output.
 */
public final class OutputPath {
  private static final Pattern STEP = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");

  private final String text;
  private final List<Object> steps;

  private OutputPath(String text, List<Object> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Parses {@code text}.
   *
   * @throws ValidationException if it is not a path of field names and indexes
   */
  public static OutputPath parse(String text) {
    String body = text.equals("$") ? "" : text.startsWith("$.") ? text.substring(2) : text.startsWith("$[") ? text.substring(1) : text;
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(body);
    int at = 0;
    while (at < body.length()) {
      if (!m.find(at) || m.start() != at || (at == 0 && body.startsWith("."))) {
        throw ValidationException.of("", text, "is not an output path such as parts[0].amount");
      }
      steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
      at = m.end();
    }
    return new OutputPath(text, List.copyOf(steps));
  }

  /** The node at this path in {@code root}, or a missing node if there is none. */
  public JsonNode in(JsonNode root) {
    JsonNode node = root;
    for (Object step : steps) {
      node = step instanceof Integer i ? node.path(i) : node.path((String) step);
      if (node.isMissingNode()) {
        return MissingNode.getInstance();
      }
    }
    return node;
  }

  @Override
  public String toString() {
    return text;
  }
}
