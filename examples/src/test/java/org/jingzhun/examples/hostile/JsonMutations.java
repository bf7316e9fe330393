package org.jingzhun.examples.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.validation.FieldPath;

/** Finds the leaves and objects of a JSON document, with their paths, and writes changed copies. */
final class JsonMutations {
  /** A node of the document, its path as the library writes paths, and the steps to it. */
  record Located(String path, JsonNode node, List<Object> steps) {}

  private JsonMutations() {}

  /** Every scalar value of {@code root} that is not null, document order. */
  static List<Located> leaves(JsonNode root) {
    List<Located> out = new ArrayList<>();
    walk(root, "", List.of(), out, true);
    return out;
  }

  /** Every object of {@code root}, the root first. */
  static List<Located> objects(JsonNode root) {
    List<Located> out = new ArrayList<>();
    walk(root, "", List.of(), out, false);
    return out;
  }

  /** Every list of {@code root}. */
  static List<Located> lists(JsonNode root) {
    return objectsOrLists(root, JsonNode::isArray);
  }

  private static List<Located> objectsOrLists(JsonNode root, java.util.function.Predicate<JsonNode> kind) {
    List<Located> all = new ArrayList<>();
    walk(root, "", List.of(), all, false, kind);
    return all;
  }

  private static void walk(JsonNode node, String path, List<Object> steps, List<Located> out, boolean leaves) {
    walk(node, path, steps, out, leaves, JsonNode::isObject);
  }

  private static void walk(JsonNode node, String path, List<Object> steps, List<Located> out, boolean leaves,
      java.util.function.Predicate<JsonNode> kind) {
    if (leaves ? node.isValueNode() && !node.isNull() : kind.test(node)) {
      out.add(new Located(path, node, steps));
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), FieldPath.join(path, e.getKey()), append(steps, e.getKey()), out, leaves, kind);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), FieldPath.index(path, i), append(steps, i), out, leaves, kind);
      }
    }
  }

  private static List<Object> append(List<Object> steps, Object step) {
    List<Object> out = new ArrayList<>(steps);
    out.add(step);
    return out;
  }

  /** A copy of {@code root} with the node at {@code steps} replaced by {@code with}, as JSON text. */
  static String replaced(JsonNode root, List<Object> steps, JsonNode with) {
    if (steps.isEmpty()) {
      return with.toString();
    }
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy;
    for (Object step : steps.subList(0, steps.size() - 1)) {
      parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, with);
    } else {
      ((ObjectNode) parent).set((String) last, with);
    }
    return copy.toString();
  }

  /** {@code root} as JSON text with {@code fields} (such as {@code "a": 1}) added first in the object {@code target}. */
  static String withFieldsFirst(JsonNode root, JsonNode target, String fields) {
    StringBuilder out = new StringBuilder();
    write(root, target, fields, out);
    return out.toString();
  }

  private static void write(JsonNode node, JsonNode target, String fields, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      if (node == target) {
        out.append(fields);
        first = false;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.append(first ? "" : ",").append(TextNode.valueOf(e.getKey())).append(':');
        write(e.getValue(), target, fields, out);
        first = false;
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), target, fields, out);
      }
      out.append(']');
    } else {
      out.append(node);
    }
  }

  /** Up to {@code most} of {@code all}, spread evenly from first to last. */
  static <T> List<T> spread(List<T> all, int most) {
    if (all.size() <= most) {
      return all;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      out.add(all.get((int) ((long) i * (all.size() - 1) / (most - 1))));
    }
    return out;
  }
}
