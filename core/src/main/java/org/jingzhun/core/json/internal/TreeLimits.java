package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/** Checks the sizes of a document's lists and objects against {@link InputLimits#MAX_ELEMENTS}. */
public final class TreeLimits {
  private TreeLimits() {}

  /**
   * Checks every list and object of {@code tree} (whose depth the parser has already bounded).
   *
   * @throws ValidationException naming the first list or object with too many entries
   */
  public static void check(JsonNode tree) {
    String path = tooLarge(tree);
    if (path != null) {
      throw ValidationException.of(path, "", "has more than " + InputLimits.MAX_ELEMENTS + " entries, the most an input may give");
    }
  }

  /** The path of the first container in {@code node} with too many entries, or null. */
  private static String tooLarge(JsonNode node) {
    if (!node.isContainerNode()) {
      return null;
    }
    if (node.size() > InputLimits.MAX_ELEMENTS) {
      return "";
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String inner = tooLarge(node.get(i));
        if (inner != null) {
          return FieldPath.join(FieldPath.index("", i), inner);
        }
      }
      return null;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String inner = tooLarge(e.getValue());
      if (inner != null) {
        return FieldPath.join(e.getKey(), inner);
      }
    }
    return null;
  }
}
