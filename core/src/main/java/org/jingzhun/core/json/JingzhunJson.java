package org.jingzhun.core.json;

import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.InputStream;
import java.util.List;
import org.jingzhun.core.json.internal.JsonMapping;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * JSON 映射 — how Jingzhun types are read and written as JSON (and YAML), through one immutable
 * configuration that no caller can change (Jackson works inside and never appears here): ISO dates, money, rates
 * and shares as strings, Guava collections, exact decimals, unknown properties rejected, no
 * polymorphic default typing.
 *
 * <p>Every value is read one way whatever its JSON form: an amount written as a number means yuan,
 * exactly as the same digits in quotes would ({@code 6000} and {@code "6000"} are both 6,000.00
 * yuan; {@code 6000.001} is refused), and a share, rate, ratio or region code given as a number is
 * checked by the same factory as its text. A date is text {@code YYYY-MM-DD} only. A document is
 * refused if a name appears twice in one object, if it nests deeper than
 * {@link InputLimits#MAX_DEPTH} or if a list has more than {@link InputLimits#MAX_ELEMENTS}
 * entries. {@link #read} and {@link #readYaml} report every problem of a document at once, each
 * with its path, in one {@link ValidationException}.
 */
public final class JingzhunJson {
  private JingzhunJson() {}

  /**
   * Reads the YAML document {@code yaml} (or JSON, which is YAML too) as a {@code type}, as
   * strictly as {@link #read(String, Class)} reads JSON: a name given twice in a mapping is refused,
   * and so is a document nested deeper than {@link InputLimits#MAX_DEPTH} levels or with many aliases.
   *
   * @param <T> the type to read
   * @param yaml the YAML (or JSON) text
   * @param type the type to read
   * @return the value read
   * @throws ValidationException listing every problem, each with its path
   */
  public static <T> T readYaml(String yaml, Class<T> type) {
    return JsonMapping.readYaml(yaml, type);
  }

/**
   * Reads {@code json} as a {@code type}.
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the type to read
   * @return the value read
   * @throws ValidationException listing every problem: malformed JSON, a name given twice, an
   *     unknown or missing field, a value of the wrong form, a value that breaks a rule of its
   *     type, a {@code null} document; each with its path
   */
  public static <T> T read(String json, Class<T> type) {
    return JsonMapping.read(json, type);
  }

  /**
   * Reads {@code json}, a JSON array, as a list of {@code element}s; see {@link #read(String, Class)}.
   *
   * @param <T> the type of the elements
   * @param json the JSON text: an array
   * @param element the type of each element
   * @return the elements read, in order (an unmodifiable list)
   * @throws org.jingzhun.core.validation.ValidationException listing every problem, each with its
   *     path ({@code [2].members[0].birthDate})
   */
  public static <T> List<T> readList(String json, Class<T> element) {
    List<T> read = JsonMapping.read(json, TypeFactory.defaultInstance().constructCollectionType(List.class, element));
    return List.copyOf(read);
  }

/**
   * Reads a stream of UTF-8 JSON as a {@code type}; see {@link #read(String, Class)}. Bytes that
   * are not UTF-8 are refused with their offset ({@link DocumentText}), never replaced.
   *
   * @param <T> the type to read
   * @param json the JSON, in UTF-8; read to its end
   * @param type the type to read
   * @return the value read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    return JsonMapping.read(json, type);
  }

/**
   * Writes {@code value} as indented JSON.
   *
   * @param value the value, of any type the library reads
   * @return the JSON text
   */
  public static String write(Object value) {
    return JsonMapping.write(value);
  }
}
