package org.jingzhun.examples.district;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * 演示区假设 — the generator's assumptions, read from {@code district-assumptions.yaml} beside
 * this class: sizes, shares per mille, income bounds, project types and funding sources. Every
 * figure there is a labelled demonstration assumption; the code names them and never holds one.
 */
final class DistrictAssumptions {
  private final JsonNode root;

  private DistrictAssumptions(JsonNode root) {
    this.root = root;
  }

  /** The shipped assumptions. */
  static DistrictAssumptions shipped() {
    try (InputStream in = DistrictAssumptions.class.getResourceAsStream("district-assumptions.yaml")) {
      if (in == null) {
        throw new IllegalStateException("district-assumptions.yaml is missing from the build");
      }
      return new DistrictAssumptions(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read district-assumptions.yaml", e);
    }
  }

  /** The node at {@code path} (slash-separated, as {@code households/poorIncome}). */
  JsonNode node(String path) {
    JsonNode n = root.at("/" + path);
    if (n.isMissingNode()) {
      throw new IllegalStateException("district-assumptions.yaml has no " + path);
    }
    return n;
  }

  int integer(String path) {
    return node(path).asInt();
  }

  long wholeNumber(String path) {
    return node(path).asLong();
  }

  String text(String path) {
    return node(path).asText();
  }

  /** Whether a draw of {@code random} falls within {@code perMille} of a thousand. */
  static boolean chance(SplittableRandom random, int perMille) {
    return random.nextInt(1000) < perMille;
  }

  /** Whether a draw falls within the per-mille share at {@code path}. */
  boolean chance(SplittableRandom random, String path) {
    return chance(random, integer(path));
  }

  /** A draw between the two bounds of the range at {@code path}, both included. */
  long between(SplittableRandom random, String path) {
    JsonNode r = node(path);
    return random.nextLong(r.get(0).asLong(), r.get(1).asLong() + 1);
  }

  /** The weights at {@code path}, by key, in file order. */
  Map<String, Integer> weights(String path) {
    Map<String, Integer> out = new LinkedHashMap<>();
    node(path).properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  /** A key of {@code weights} drawn in proportion to its weight. */
  static String draw(SplittableRandom random, Map<String, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int at = random.nextInt(total);
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      at -= e.getValue();
      if (at < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("weights do not add up");
  }
}
