package org.jingzhun.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** Each mapping's and list's lines, found by the node itself (one lookup table, not three). */
  private final Map<JsonNode, Lines> lines = new IdentityHashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final List<Integer> references = new ArrayList<>();
  /**
   * One copy of each field name and text seen: a large file repeats a few names ({@code from},
   * {@code value}) and texts (dates, source ids) tens of thousands of times, and the reader's fresh
   * copy of each is then garbage at once instead of part of the tree every collection must move.
   */
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, JsonNode> texts = new HashMap<>();

  /**
   * A key given twice in one mapping: the second is refused, never silently taken.
   *
   * @param key the key
   * @param line the line of its second appearance
   * @param firstLine the line of its first
   */
  record Duplicate(String key, int line, int firstLine) {}

  /**
   * Where a mapping or list is: its own line and, as ints, the lines of its fields (a mapping, in
   * the order written) or elements (a list). A mapping's fields are found by a scan while they are
   * few (a timeline entry has four) and through an index once there are more.
   */
  private static final class Lines {
    private static final int SCANNED = 8;
    final int line;
    private String[] names = new String[0];
    private int[] at = new int[0];
    private int count;
    private Map<String, Integer> index;

    Lines(int line) {
      this.line = line;
    }

    /** Adds the next field ({@code name}) or element (a null name) at line {@code where}. */
    void add(String name, int where) {
      if (count == at.length) {
        int size = Math.max(4, count * 2);
        at = Arrays.copyOf(at, size);
        names = Arrays.copyOf(names, size);
      }
      names[count] = name;
      at[count++] = where;
      if (index != null) {
        index.put(name, where);
      } else if (name != null && count > SCANNED) {
        index = new HashMap<>();
        for (int i = 0; i < count; i++) {
          index.put(names[i], at[i]);
        }
      }
    }

    /** {@return the line of field {@code name}, or -1 if the mapping has none} */
    int field(String name) {
      if (index != null) {
        return index.getOrDefault(name, -1);
      }
      for (int i = 0; i < count; i++) {
        if (name.equals(names[i])) {
          return at[i];
        }
      }
      return -1;
    }

    /** {@return the line of element {@code i} of a list, or the container's own line if there is none} */
    int element(int i) {
      return i >= 0 && i < count && names[i] == null ? at[i] : line;
    }
  }

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

  /**
   * The lines of every YAML anchor ({@code &name}) and alias ({@code *name}), in the order found:
   * Jackson's tree would read an alias as the text of its name, so a policy file may use neither.
   */
  List<Integer> references() {
    return List.copyOf(references);
  }

  /** Every key given twice in a mapping, in the order found. */
  List<Duplicate> duplicates() {
    return List.copyOf(duplicates);
  }

  /** The line where a mapping or list starts. */
  int line(JsonNode container) {
    Lines l = lines.get(container);
    return l == null ? 0 : l.line;
  }

  /** The line of a field of a mapping (or of the mapping, if the field is absent). */
  int line(JsonNode mapping, String field) {
    Lines l = lines.get(mapping);
    int at = l == null ? -1 : l.field(field);
    return at >= 0 ? at : line(mapping);
  }

  /** The line of element {@code index} of a list. */
  int line(JsonNode list, int index) {
    Lines l = lines.get(list);
    return l == null ? 0 : l.element(index);
  }

  private JsonNode node(JsonParser p) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    if (p instanceof PolicyYamlFactory.Parser q ? q.isReference() : p instanceof YAMLParser y && y.isCurrentAlias()) {
      references.add(line);
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        Lines fields = new Lines(line);
        lines.put(o, fields);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = names.computeIfAbsent(p.currentName(), n -> n);
          int at = p.currentTokenLocation().getLineNr();
          p.nextToken();
          JsonNode value = node(p);
          int first = fields.field(name);
          if (first >= 0) {
            duplicates.add(new Duplicate(name, at, first));
          } else {
            fields.add(name, at);
            o.set(name, value);
          }
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        Lines elements = new Lines(line);
        lines.put(a, elements);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(null, p.currentTokenLocation().getLineNr());
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
        return texts.computeIfAbsent(p.getText(), f::textNode);
      }
    }
  }
}
