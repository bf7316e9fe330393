package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;

/**
 * Wraps the deserializer of each object type so that, in a read that keeps problems
 * ({@link ReadProblems}), an object that cannot be read or built is recorded with its path,
 * skipped to its end, and read as absent, and the rest of the document is still read. A failure
 * that follows from a problem recorded inside the object is not recorded again; a failure that is
 * neither bad input nor such a consequence (a defect) is thrown on.
 */
final class CollectingDeserializer extends DelegatingDeserializer {
  CollectingDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new CollectingDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ReadProblems problems = ReadProblems.in(ctxt);
    if (problems == null) {
      return super.deserialize(p, ctxt);
    }
    JsonToken first = p.currentToken();
    JsonStreamContext entry = p.getParsingContext();
    try {
      return super.deserialize(p, ctxt);
    } catch (JsonProcessingException | RuntimeException e) {
      int depth = ParsePaths.depth(entry);
      record(problems, ParsePaths.ofObjectAt(entry, first), e);
      if (first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY || first == JsonToken.FIELD_NAME) {
        skipToEndOfObject(p, depth);
      }
      return null;
    }
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    NullEntries.recordIfEntry(ctxt);
    return super.getNullValue(ctxt);
  }

  private static void record(ReadProblems problems, String path, Exception e) throws IOException {
    ValidationException invalid = ValidationExceptions.inside(e);
    String at = e instanceof JsonMappingException m ? FieldPath.join(path, JacksonProblems.relativePath(m)) : path;
    if (invalid != null) {
      problems.record(at, invalid);
    } else if (problems.hasAtOrInside(path)) {
      return; // the object is incomplete because of a problem already recorded inside it
    } else if (e instanceof JsonProcessingException j && JacksonProblems.isBadInput(j)) {
      problems.record(at, JacksonProblems.translate(j));
    } else if (NullEntries.isNullEntry(e)) {
      problems.record(path, NullEntries.violation(e));
    } else if (e instanceof IOException io) {
      throw io;
    } else {
      throw (RuntimeException) e;
    }
  }

  /** Moves {@code p} to the end of the object that began at {@code depth}. */
  private static void skipToEndOfObject(JsonParser p, int depth) throws IOException {
    while (!(isEnd(p.currentToken()) && ParsePaths.depth(p.getParsingContext()) == depth - 1)) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  private static boolean isEnd(JsonToken t) {
    return t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY;
  }
}
