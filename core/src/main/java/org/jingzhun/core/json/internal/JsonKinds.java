package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of JSON values in the user's words: what was expected and what was found. */
final class JsonKinds {
  private JsonKinds() {}

  /** What a value of {@code type} is written as: "a whole number", "one of A, B, C", "a list". */
  static String expected(JavaType type) {
    if (type == null) {
      return "another kind of value";
    }
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType() || raw == Optional.class) {
      return expected(type.getContentType() != null ? type.getContentType() : type.containedType(0));
    }
    if (type.isEnumType()) {
      return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return "a list [ … ]";
    }
    if (type.isMapLikeType()) {
      return "an object { \"name\": value, … }";
    }
    return scalar(raw);
  }

  private static String scalar(Class<?> raw) {
    if (raw == String.class || raw == CharSequence.class) {
      return "text";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
        || raw == short.class || raw == Short.class || raw == BigInteger.class) {
      return "a whole number";
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return "a number";
    }
    if (raw == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    if (raw.getName().startsWith("com.fasterxml.jackson.databind.")) {
      return "a JSON value";
    }
    return "an object { … }";
  }

  /** What the parser stands on: "an object", "a list", "true", "a number", "text". */
  static String found(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_STRING:
        return "text";
      default:
        return "something else";
    }
  }
}
