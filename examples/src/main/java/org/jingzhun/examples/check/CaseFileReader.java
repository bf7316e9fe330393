package org.jingzhun.examples.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.ValidationException;

/**
 * 用例文件读取 — reads a case file, YAML ({@code .yaml}, {@code .yml}) or JSON (anything
 * else), keeping numbers exact, and checks it against the case-file format.
 */
public final class CaseFileReader {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private CaseFileReader() {}

  /**
   * The case file {@code name} whose content is {@code text}.
   *
   * @throws ValidationException if it is not well-formed or not a case file, each problem with
   *     its path in the file ({@code cases[2].input})
   */
  public static CaseFile read(String name, String text) {
    return isYaml(name) ? JingzhunJson.readYaml(text, CaseFile.class) : JingzhunJson.read(text, CaseFile.class);
  }

  /** Whether {@code name} is read as YAML. */
  static boolean isYaml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** A tree as YAML text, for inline overrides handed to the parameter loader. */
  static String yaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree as YAML", e);
    }
  }
}
