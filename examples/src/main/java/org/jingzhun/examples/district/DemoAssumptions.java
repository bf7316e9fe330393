package org.jingzhun.examples.district;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jingzhun.planning.scenario.Assumptions;

/**
 * 演示模拟假设 — the demonstration run's {@link Assumptions}, read from
 * {@code demo-assumptions.yaml} beside this class: each entry is an attribute of
 * {@code Assumptions} with its JSON value and a note on where it comes from. SYNTHETIC
 * DEMONSTRATION assumptions, never official figures. The code holds no value: a new attribute
 * of {@code Assumptions} is one more entry in the file.
 *
 * @param assumptions the assumptions, validated by {@code Assumptions}
 * @param values each attribute's value as written in the file, in the file's order
 * @param notes each attribute's note, in the file's order
 */
public record DemoAssumptions(Assumptions assumptions, ImmutableMap<String, String> values, ImmutableMap<String, String> notes) {
  /** The resource name of the file, beside this class. */
  public static final String FILE = "demo-assumptions.yaml";

  /**
   * The shipped demonstration assumptions.
   *
   * @throws org.jingzhun.core.validation.ValidationException if the file misses or mistypes an
   *     attribute of {@code Assumptions}
   */
  public static DemoAssumptions shipped() {
    JsonNode entries;
    try (InputStream in = DemoAssumptions.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the build");
      }
      entries = new YAMLMapper().readTree(in).path("assumptions");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    ObjectNode json = JsonMapping.mapper().createObjectNode();
    ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> notes = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : entries.properties()) {
      json.set(e.getKey(), e.getValue().path("value"));
      JsonNode value = e.getValue().path("value");
      values.put(e.getKey(), value.isContainerNode() ? value.toString() : value.asText());
      notes.put(e.getKey(), e.getValue().path("note").asText());
    }
    return new DemoAssumptions(JsonMapping.convert(json, Assumptions.class), values.build(), notes.build());
  }
}
