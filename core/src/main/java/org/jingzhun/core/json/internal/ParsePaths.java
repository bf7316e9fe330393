package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jingzhun.core.validation.FieldPath;

/** Where a parser is in its document, as a field path ({@code members[2].birthDate}). */
final class ParsePaths {
  private ParsePaths() {}

  /** The path of the value at which {@code parser} stands. */
  static String of(JsonParser parser) {
    return of(parser.getParsingContext());
  }

  /**
   * The path of the object whose reading began in {@code entry} on the token {@code first}, worked
   * out later (only when the object fails): an object begun on its opening brace or on a field
   * name is named by the context around it, which does not move while the object is read.
   */
  static String ofObjectAt(JsonStreamContext entry, JsonToken first) {
    boolean inside = first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY || first == JsonToken.FIELD_NAME;
    return inside ? of(entry.getParent()) : of(entry);
  }

  /** The path of {@code context}'s current value; empty at the document's top. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    String path = "";
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = FieldPath.join(path, c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        path = FieldPath.index(path, c.getCurrentIndex());
      }
    }
    return path;
  }

  /** How deep {@code context} is: the number of contexts from the document's top to it. */
  static int depth(JsonStreamContext context) {
    int depth = 0;
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      depth++;
    }
    return depth;
  }
}
