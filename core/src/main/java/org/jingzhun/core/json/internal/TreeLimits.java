package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * Checks a document's tree against {@link InputLimits#MAX_ELEMENTS} entries a list or object and
 * {@link InputLimits#MAX_DEPTH} levels of nesting, whatever format it was read from (a YAML
 * reader does not bound every kind of nesting). The walk never goes deeper than the limit, and
 * builds a path only for the node at fault.
 */
public final class TreeLimits {
  private static final String TOO_DEEP = "malformed document: lists and objects are nested deeper than "
      + InputLimits.MAX_DEPTH + " levels";
  private static final String TOO_LARGE = "has more than " + InputLimits.MAX_ELEMENTS + " entries, the most an input may give";

  /** Where the walk found a problem, relative to the node it was asked about, and what it is. */
  private record Problem(String path, String message) {
    Problem under(String step) {
      return new Problem(FieldPath.join(step, path), message);
    }
  }

  private TreeLimits() {}

  /**
   * Checks every list and object of {@code tree}.
   *
   * @throws ValidationException naming the first list or object that is too large or too deep
   */
  public static void check(JsonNode tree) {
    Problem problem = problem(tree, 0);
    if (problem != null) {
      throw ValidationException.of(problem.path(), "", problem.message());
    }
  }

  private static Problem problem(JsonNode node, int depth) {
    if (!node.isContainerNode()) {
      return null;
    }
    if (depth >= InputLimits.MAX_DEPTH) {
      return new Problem("", TOO_DEEP);
    }
    if (node.size() > InputLimits.MAX_ELEMENTS) {
      return new Problem("", TOO_LARGE);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Problem inner = problem(node.get(i), depth + 1);
        if (inner != null) {
          return inner.under(FieldPath.index("", i));
        }
      }
      return null;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      Problem inner = problem(e.getValue(), depth + 1);
      if (inner != null) {
        return inner.under(e.getKey());
      }
    }
    return null;
  }
}
