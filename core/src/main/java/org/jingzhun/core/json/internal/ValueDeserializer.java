package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import org.jingzhun.core.validation.ValidationException;

/**
 * Reads a value type from JSON through its one validating factory, whatever the JSON form: text
 * goes to the factory as it is, a number as the plain decimal it denotes ({@code 6000} as
 * {@code "6000"}, {@code 0.4} as {@code "0.4"}), so that a number never means anything the same
 * text would not. Anything else (an object, a list, true or false) is refused with the kind of
 * value expected. A problem is recorded with its path when the read keeps problems
 * ({@link ReadProblems}) and reading goes on; otherwise it is thrown.
 *
 * @param <T> the value type
 */
public class ValueDeserializer<T> extends StdScalarDeserializer<T> {
  /** Digits beyond which a number is passed on in exponent form, which no factory accepts as text. */
  private static final int PLAIN_DIGITS = 60;
  private final String expected;
  private final Function<String, T> factory;

  /**
   * @param type the value type
   * @param expected the kind of value expected, as the user reads it ({@code an amount of yuan
   *     such as "1234.56"})
   * @param factory the type's validating factory from text, which throws a
   *     {@link ValidationException} for text that is not such a value
   */
  protected ValueDeserializer(Class<T> type, String expected, Function<String, T> factory) {
    super(type);
    this.expected = expected;
    this.factory = factory;
  }

  /**
   * The value written {@code text}.
   *
   * @throws ValidationException if it is not such a value
   */
  protected T fromText(String text) {
    return factory.apply(text);
  }

  /**
   * The value of a JSON number: by default {@link #fromText} of its plain decimal form.
   *
   * @throws ValidationException if it is not such a value
   */
  protected T fromNumber(BigDecimal number) {
    return fromText(plain(number));
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_STRING) {
        return fromText(p.getText());
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return fromNumber(p.getDecimalValue());
      }
      String found = JsonKinds.found(p);
      p.skipChildren();
      throw ValidationException.of("", "", "expected " + expected + ", not " + found);
    } catch (ValidationException e) {
      ReadProblems problems = ReadProblems.in(ctxt);
      if (problems == null) {
        throw e;
      }
      problems.record(ParsePaths.of(p), e);
      return null;
    }
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) {
    NullEntries.recordIfEntry(ctxt);
    return null;
  }

  /** The plain decimal form of {@code number}, or its exponent form when that would be very long. */
  static String plain(BigDecimal number) {
    int digits = Math.max(number.precision(), Math.abs(number.scale()));
    return digits > PLAIN_DIGITS ? number.toString() : number.toPlainString();
  }
}
