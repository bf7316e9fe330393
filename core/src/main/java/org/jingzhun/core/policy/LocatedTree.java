package org.jingzhun.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree read from Jackson's token stream that remembers the line of every mapping,
 * list, field and list element, so that a load error can name its line. Numbers are kept
 * exact (as decimals).
 */
final class LocatedTree {
  private final JsonNode root;
  private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> fieldLines = new IdentityHashMap<>();
  private final Map<JsonNode, List<Integer>> elementLines = new IdentityHashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();

  /**
   * A key given twice in one mapping: the second is refused, never silently taken.
   *
   * @param key the key
   * @param line the line of its second appearance
   * @param firstLine the line of its first
   */
  record Duplicate(String key, int line, int firstLine) {}

  private LocatedTree(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    this.root = first == null ? JsonNodeFactory.instance.objectNode() : node(parser);
  }

  static LocatedTree read(JsonParser parser) throws IOException {
    return new LocatedTree(parser);
  }

  JsonNode root() {
    return root;
  }

  /** Every key given twice in a mapping, in the order found. */
  List<Duplicate> duplicates() {
    return List.copyOf(duplicates);
  }

  /** The line where a mapping or list starts. */
  int line(JsonNode container) {
    return lines.getOrDefault(container, 0);
  }

  /** The line of a field of a mapping (or of the mapping, if the field is absent). */
  int line(JsonNode mapping, String field) {
    Map<String, Integer> f = fieldLines.get(mapping);
    Integer l = f == null ? null : f.get(field);
    return l == null ? line(mapping) : l;
  }

  /** The line of element {@code index} of a list. */
  int line(JsonNode list, int index) {
    List<Integer> e = elementLines.get(list);
    return e == null || index >= e.size() ? line(list) : e.get(index);
  }

  private JsonNode node(JsonParser p) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        lines.put(o, line);
        Map<String, Integer> fields = new HashMap<>();
        fieldLines.put(o, fields);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int at = p.currentTokenLocation().getLineNr();
          p.nextToken();
          JsonNode value = node(p);
          if (fields.containsKey(name)) {
            duplicates.add(new Duplicate(name, at, fields.get(name)));
          } else {
            fields.put(name, at);
            o.set(name, value);
          }
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        lines.put(a, line);
        List<Integer> elements = new ArrayList<>();
        elementLines.put(a, elements);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(p.currentTokenLocation().getLineNr());
          a.add(node(p));
        }
        return a;
      }
      case VALUE_NUMBER_INT -> {
        // a whole number stays whole, so that a table of Integer (or long) values reads it
        return switch (p.getNumberType()) {
          case INT -> f.numberNode(p.getIntValue());
          case LONG -> f.numberNode(p.getLongValue());
          default -> f.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return f.booleanNode(p.getBooleanValue());
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> {
        return f.textNode(p.getText());
      }
    }
  }
}
