package org.jingzhun.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jingzhun.examples.report.Chart.Band;

/**
 * 图表 JSON — the charts of a report as the JSON its script draws: per chart its element's id,
 * kind, texts, the unit shown, the categories, and per series the values and, where it has one,
 * the band (low and high, {@code null} where a category has none). Safe inside an HTML script
 * element: {@code <}, {@code >}, {@code &} and the two JavaScript line separators are written as
 * {@code \\u} escapes, so no text can end the element ({@code </script>}) or open a comment.
 */
final class ChartJson {
  private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private ChartJson() {}

  /** The charts, by name in order, as script-safe JSON. */
  static String of(Map<String, Chart> charts) {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    charts.forEach((name, chart) -> all.add(chart(name, chart)));
    try {
      return scriptSafe(JSON.writeValueAsString(all));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chart cannot be written as JSON", e);
    }
  }

  /** {@code json} with the characters that could end a script element or a line escaped. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private static ObjectNode chart(String name, Chart chart) {
    ChartUnit unit = ChartUnit.of(chart);
    ObjectNode c = JsonNodeFactory.instance.objectNode();
    c.put("id", "chart-" + name).put("kind", chart.kind().name()).put("title", chart.title())
        .put("categoryAxis", chart.categoryAxis()).put("valueAxis", unit.label());
    ArrayNode categories = c.putArray("categories");
    chart.values().columnKeySet().forEach(categories::add);
    ArrayNode series = c.putArray("series");
    for (String seriesName : chart.values().rowKeySet()) {
      ObjectNode s = series.addObject().put("name", seriesName);
      ArrayNode values = s.putArray("values");
      boolean banded = chart.bands().containsRow(seriesName);
      ArrayNode low = banded ? s.putArray("low") : null;
      ArrayNode high = banded ? s.putArray("high") : null;
      for (String category : chart.values().columnKeySet()) {
        var value = chart.values().get(seriesName, category);
        if (value == null) {
          values.addNull();
        } else {
          values.add(unit.shown(value));
        }
        if (banded) {
          Band band = chart.bands().get(seriesName, category);
          if (band == null) {
            low.addNull();
            high.addNull();
          } else {
            low.add(unit.shown(band.low()));
            high.add(unit.shown(band.high()));
          }
        }
      }
    }
    return c;
  }
}
