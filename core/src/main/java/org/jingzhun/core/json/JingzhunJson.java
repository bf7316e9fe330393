package org.jingzhun.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;

/**
 * JSON 映射 — the one configured Jackson mapper for Jingzhun types: ISO dates, money, rates
 * and shares as strings, Guava collections, exact decimals, unknown properties rejected, no
 * polymorphic default typing. {@link #read} turns every kind of bad JSON into a
 * {@link ValidationException} with JSON paths.
 */
public final class JingzhunJson {
  private static final ObjectMapper MAPPER = newMapper();

  private JingzhunJson() {}

  /** The shared mapper; do not reconfigure it (make your own with {@link #newMapper()}). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper with Jingzhun's configuration, for callers that add their own modules. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new GuavaModule())
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN) // 10, not 1E+1
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // derived queries such as Household.isRegisteredPoor() are not data
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * Reads {@code json} as a {@code type}.
   *
   * @throws ValidationException for malformed JSON, an unknown or missing field, a value of the
   *     wrong form, or a value that breaks a rule of the type, each with its JSON path
   */
  public static <T> T read(String json, Class<T> type) {
    return read(json, MAPPER.constructType(type));
  }

  /** Reads {@code json} as a generic type; see {@link #read(String, Class)}. */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(json, MAPPER.constructType(type));
  }

  /** Reads a stream as a {@code type}; see {@link #read(String, Class)}. */
  public static <T> T read(InputStream json, Class<T> type) {
    try {
      return read(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a JSON tree (e.g. a table parameter) to a {@code type}; see {@link #read(String, Class)}. */
  public static <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw violations(e);
    } catch (IllegalArgumentException e) {
      throw violations(e.getCause() instanceof JsonProcessingException j ? j : new JsonMappingException(null, e.getMessage(), e));
    }
  }

  private static <T> T read(String json, JavaType type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw violations(e);
    }
  }

  /** Writes {@code value} as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** The violations that a Jackson exception stands for, with JSON paths. */
  public static ValidationException violations(JsonProcessingException e) {
    if (e instanceof JsonParseException p) {
      return ValidationException.of("", "", "malformed JSON at line " + p.getLocation().getLineNr()
          + ", column " + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage());
    }
    if (e instanceof InvalidDefinitionException d) {
      // a type Jackson cannot handle (or a package not opened to it) is a bug, not bad input
      throw new IllegalStateException("JSON type definition problem: " + d.getOriginalMessage(), d);
    }
    String path = e instanceof JsonMappingException m ? path(m) : "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException v) {
        return v.under(path);
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return ValidationException.of(path, "", "unknown field; expected one of "
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
    }
    String message = e.getOriginalMessage();
    if (message != null && message.contains("Cannot build")) {
      message = "required fields are missing: " + message.replaceAll(".*attributes are not set ", "");
    }
    return ValidationException.of(path, "", message == null ? e.getClass().getSimpleName() : message.split("\n")[0]);
  }

  private static String path(JsonMappingException m) {
    String path = "";
    for (JsonMappingException.Reference r : m.getPath()) {
      path = r.getFieldName() != null
          ? FieldPath.join(path, r.getFieldName())
          : r.getIndex() >= 0 ? FieldPath.index(path, r.getIndex()) : path;
    }
    return path;
  }
}
