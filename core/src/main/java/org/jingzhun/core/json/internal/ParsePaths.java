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
   * The path of the object that {@code parser} is reading: the value it stands at, or, on a field
   * name (where an object's reading may begin), the object that holds the field.
   */
  static String ofObject(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    return parser.currentToken() == JsonToken.FIELD_NAME ? of(context.getParent()) : of(context);
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
