package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Records the problems the mapper meets in a read that keeps them ({@link ReadProblems}) in the
 * user's words, each at its path, and lets reading go on with a stand-in value (the read's result
 * is never used when a problem was recorded). In a read that does not keep problems it leaves
 * them to the mapper, which throws.
 */
public final class RecordingProblemHandler extends DeserializationProblemHandler {

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    ReadProblems problems = ReadProblems.in(ctxt);
    if (problems == null) {
      return false;
    }
    problems.record(ParsePaths.of(p), "", "unknown field; expected one of " + known(deserializer));
    p.skipChildren();
    return true;
  }

  private static String known(JsonDeserializer<?> deserializer) {
    Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
    return names == null ? "the documented fields"
        : names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) {
    return standIn(ctxt, targetType, valueToConvert);
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) {
    return standIn(ctxt, targetType, String.valueOf(valueToConvert));
  }

  @Override
  public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg) {
    ReadProblems problems = ReadProblems.in(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    problems.record(ParsePaths.of(ctxt.getParser()), "",
        "is not a name this object may have; a name here is " + JsonKinds.expected(ctxt.constructType(rawKeyType)));
    if (rawKeyType.isEnum()) {
      return rawKeyType.getEnumConstants()[0];
    }
    return rawKeyType == Integer.class || rawKeyType == int.class ? (Object) 0 : NOT_HANDLED;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
      String failureMsg) throws IOException {
    ReadProblems problems = ReadProblems.in(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    String found = JsonKinds.found(p);
    String value = t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : "";
    problems.record(ParsePaths.of(p), value, "expected " + JsonKinds.expected(targetType) + ", not " + found);
    p.skipChildren();
    return ClassUtil.defaultValue(targetType.getRawClass());
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
      JsonParser p, String msg) throws IOException {
    return handleUnexpectedToken(ctxt, ctxt.constructType(instClass), p.currentToken(), p, msg);
  }

  private static Object standIn(DeserializationContext ctxt, Class<?> targetType, String value) {
    ReadProblems problems = ReadProblems.in(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    problems.record(ParsePaths.of(ctxt.getParser()), value, "is not " + JsonKinds.expected(ctxt.constructType(targetType)));
    return targetType.isPrimitive() ? ClassUtil.defaultValue(targetType) : null;
  }
}
