package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.jingzhun.core.json.DocumentText;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * The one configured Jackson mapper of the library and the strict reading every public entry point
 * shares ({@link org.jingzhun.core.json.JingzhunJson} for users; the policy loader and the command
 * line inside). Internal: Jackson's types stay out of the public API.
 */
public final class JsonMapping {
  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectMapper YAML = yamlTreeReader();

  private JsonMapping() {}

  /** {@return the shared mapper; never reconfigure it (make one with {@link #newMapper()})} */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * {@return a new mapper with Jingzhun's configuration, for callers that add their own modules}
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder(strictFactory())
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new GuavaModule())
        .addModule(new JingzhunModule()) // after JavaTimeModule: its date reading replaces that one
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN) // 10, not 1E+1
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 6000.000 stays three decimals, as written
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // derived queries such as Household.isRegisteredPoor() are not data
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  private static JsonFactory strictFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(InputLimits.MAX_DEPTH)
            .maxNumberLength(InputLimits.MAX_NUMBER_CHARS)
            .maxStringLength(InputLimits.MAX_TEXT_CHARS)
            .maxNameLength(InputLimits.MAX_TEXT_CHARS)
            .build())
        .build();
  }

  /** A mapper that reads YAML into trees as strictly as JSON is read. */
  private static ObjectMapper yamlTreeReader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(InputLimits.MAX_DEPTH);
    options.setMaxAliasesForCollections(50); // a few aliases, never a billion laughs
    options.setCodePointLimit(Math.toIntExact(Math.min(Integer.MAX_VALUE, InputLimits.DEFAULT_MAX_INPUT_BYTES)));
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return YAMLMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

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
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw YamlProblems.violations(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw ValidationException.of("", "", "the document is empty");
    }
    TreeLimits.check(tree);
    return convert(tree, MAPPER.constructType(type));
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
    return read(json, MAPPER.constructType(type));
  }

  /**
   * Reads {@code json} as a generic type; see {@link #read(String, Class)}.
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the generic type to read, e.g. {@code new TypeReference<List<Household>>() {}}
   * @return the value read
   */
  public static <T> T read(String json, TypeReference<T> type) {
    return read(json, MAPPER.constructType(type));
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
    try {
      return read(DocumentText.utf8(json.readAllBytes()), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts a JSON tree (e.g. a table parameter) to a {@code type}; see {@link #read(String, Class)}.
   *
   * @param <T> the type to read
   * @param tree the JSON tree
   * @param type the type to read
   * @return the value read
   */
  public static <T> T convert(JsonNode tree, Class<T> type) {
    return convert(tree, MAPPER.constructType(type));
  }

  @SuppressWarnings("unchecked")
  public static <T> T read(String json, JavaType type) {
    JsonNode tree = tree(json);
    return type.getRawClass().isInstance(tree) ? (T) tree : convert(tree, type);
  }

  private static JsonNode tree(String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw JacksonProblems.violations(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw ValidationException.of("", "", "the document is empty");
    }
    TreeLimits.check(tree);
    return tree;
  }

  public static <T> T convert(JsonNode tree, JavaType type) {
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      throw ValidationException.of("", "", "is null; give " + JacksonProblems.expected(type));
    }
    ReadProblems problems = new ReadProblems();
    for (String path : NullListEntries.of(tree, ReadProblems.MAX_LISTED)) {
      problems.record(path, ValidationException.of("", "", "is null, which is not a value here; leave the entry out or give its value"));
    }
    T value = null;
    try {
      value = MAPPER.readerFor(type).withAttribute(ReadProblems.KEY, problems).readValue(tree);
    } catch (IOException e) {
      problems.record("", e instanceof JsonProcessingException j ? JacksonProblems.violations(j)
          : ValidationException.of("", "", "cannot be read"));
    }
    problems.throwIfAny();
    return value;
  }

  /**
   * Writes {@code value} as indented JSON.
   *
   * @param value the value, of any type the library reads
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * {@return the violations that a Jackson exception stands for, each with its path, in the user's
   * words}
   *
   * @param e what Jackson threw
   */
  public static ValidationException violations(JsonProcessingException e) {
    return JacksonProblems.violations(e);
  }
}
