package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.validation.FieldPath;

/**
 * Finds the {@code null} entries of a document's lists ({@code "causes": [null]}): no list of any
 * Jingzhun type holds null, so each is a problem at its own path, found before the document is
 * bound (where the list's builder could only say that something was null). The walk builds a path
 * only for an entry it reports.
 */
public final class NullListEntries {
  /** A step from the document's top: the parent's step and a name or an index. */
  private record Step(Step parent, String name, int index) {
    String path() {
      String outer = parent == null ? "" : parent.path();
      return name != null ? FieldPath.join(outer, name) : FieldPath.index(outer, index);
    }
  }

  private NullListEntries() {}

  /** The paths of the null entries of the lists of {@code tree} (whose depth is bounded), at most {@code most}. */
  public static List<String> of(JsonNode tree, int most) {
    List<String> found = new ArrayList<>();
    walk(tree, null, found, most);
    return found;
  }

  private static void walk(JsonNode node, Step at, List<String> found, int most) {
    if (node.isArray()) {
      for (int i = 0; i < node.size() && found.size() < most; i++) {
        Step step = new Step(at, null, i);
        if (node.get(i).isNull()) {
          found.add(step.path());
        } else if (node.get(i).isContainerNode()) {
          walk(node.get(i), step, found, most);
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isContainerNode() && found.size() < most) {
          walk(e.getValue(), new Step(at, e.getKey(), -1), found, most);
        }
      }
    }
  }
}
