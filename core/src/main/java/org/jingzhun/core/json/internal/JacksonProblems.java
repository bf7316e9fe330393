package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;

/**
 * The mapper's and parser's exceptions in the user's words: the path of the field at fault and
 * what is wrong with it, never the mapper's own message or a Java class name.
 */
public final class JacksonProblems {
  private JacksonProblems() {}

  /**
   * The violation that {@code e} stands for, each at its path.
   *
   * @throws IllegalStateException if {@code e} is a defect of the program (a type the mapper
   *     cannot handle), not a problem of the input
   */
  public static ValidationException violations(JsonProcessingException e) {
    ValidationException invalid = ValidationExceptions.inside(e);
    String path = e instanceof JsonMappingException m ? relativePath(m) : parsePath(e);
    if (invalid != null) {
      return invalid.under(path);
    }
    if (!isBadInput(e)) {
      throw new IllegalStateException("JSON type definition problem: " + e.getOriginalMessage(), e);
    }
    return translate(e).under(path);
  }

  /** What a value of {@code type} is written as, in the user's words. */
  public static String expected(com.fasterxml.jackson.databind.JavaType type) {
    return JsonKinds.expected(type);
  }

  /** Whether {@code e} is a problem of the input rather than of the program. */
  static boolean isBadInput(JsonProcessingException e) {
    return !(e instanceof InvalidDefinitionException) && !(e instanceof ValueInstantiationException);
  }

  /** {@code e} in the user's words, at the path the exception is raised from (empty). */
  static ValidationException translate(JsonProcessingException e) {
    if (e instanceof InvalidNullException) {
      return ValidationException.of("", "", "is required; null is not a value here");
    }
    if (e instanceof InvalidFormatException f) {
      return ValidationException.of("", f.getValue(), "is not " + JsonKinds.expected(type(f)));
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
      return ValidationException.of("", "", "malformed JSON: more follows after the end of the document");
    }
    if (e instanceof MismatchedInputException m) {
      return ValidationException.of("", "", "expected " + JsonKinds.expected(type(m)));
    }
    if (e instanceof InputCoercionException c) {
      return ValidationException.of("", "", "is a number out of the range of " + JsonKinds.expected(
          com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(c.getTargetType())));
    }
    if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
      return ValidationException.of("", "", ParseErrors.describe(e.getOriginalMessage()) + where(e.getLocation()));
    }
    return ValidationException.of("", "", "cannot be read here");
  }

  private static com.fasterxml.jackson.databind.JavaType type(MismatchedInputException m) {
    return m.getTargetType() == null ? null
        : com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(m.getTargetType());
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** The path that the references of {@code m} make, from where it was caught to where it arose. */
  static String relativePath(JsonMappingException m) {
    String path = "";
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        path = FieldPath.join(path, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path = FieldPath.index(path, r.getIndex());
      }
    }
    return path;
  }

  private static String parsePath(JsonProcessingException e) {
    Object processor = e instanceof StreamReadException s ? s.getProcessor() : null;
    return processor instanceof JsonParser p ? ParsePaths.of(p) : "";
  }
}
