package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The parameter files' YAML reader types every scalar exactly as Jackson's own YAML reader does:
 * the same tokens, texts and numbers (or the same failure) for the same document.
 */
class PlainScalarsTest {
  private static final YAMLFactory JACKSON = YAMLFactory.builder().loaderOptions(new LoaderOptions()).build();
  private static final YAMLFactory POLICY = new PolicyYamlFactory(new LoaderOptions());
  /** Characters that start YAML 1.1 numbers, booleans, nulls, dates and indicators, and some that do not. */
  private static final String ALPHABET = "0123456789-+._:xXbBoOeEyYnNtTfFlLsS~ aA测";

  /** What a reader gives for a document: each token with its text and number, or its failure. */
  private static List<String> tokens(YAMLFactory factory, String yaml) {
    List<String> seen = new ArrayList<>();
    try (JsonParser p = factory.createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String number = t.isNumeric() ? " " + p.getNumberType() + " " + p.getNumberValue() : "";
        seen.add(t + " " + p.getText() + number);
      }
    } catch (IOException | RuntimeException e) {
      seen.add("failed: " + e.getMessage());
    }
    return seen;
  }

  private static void sameAsJackson(String yaml) {
    assertEquals(tokens(JACKSON, yaml), tokens(POLICY, yaml), yaml);
  }

  @Test
  void theCommonFormsAndTheirNeighboursAreTypedAsJacksonTypesThem() {
    for (String scalar : List.of("YUAN", "测试参数", "benchmark parameter", "big", "2536", "0", "7", "100",
        "123456789012345678", "1234567890123456789", "99999999999999999999", "007", "0x1F", "0o17", "0b101",
        "1_000", "190:20:30", "-3", "+3", "1.5", ".5", "1e3", "2011-01-01", "2011-1-01", "2011-01-01 10:00:00",
        "20110101", "2011-01-0x", "yes", "No", "on", "OFF", "true", "False", "null", "Null", "~", "n", "y",
        ".inf", ".NaN", "<<", "=", "x", "a b", "_1")) {
      sameAsJackson("k: " + scalar + "\n");
      sameAsJackson("- {k: " + scalar + ", j: \"" + scalar + "\"}\n");
      sameAsJackson("k: !!str " + scalar + "\n");
    }
  }

  @Test
  void everyGeneratedPlainScalarIsTypedAsJacksonTypesIt() {
    Gen<String> scalars = lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(1, 12)
        .map(l -> l.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
    qt().withExamples(3000).forAll(scalars).checkAssert(s -> {
      sameAsJackson("k: " + s + "\n");
      sameAsJackson("- [" + s + "]\n");
    });
  }
}
