package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void escapedTextHasNoMarkupAndReadsBackAsItWas() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = Html.escape(text);
      assertFalse(escaped.matches("(?s).*[<>\"'].*"), escaped);
      assertEquals(text, escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
          .replace("&amp;", "&"));
    });
  }

  @Test
  void chartJsonNeverHoldsAnAngleBracketAndReadsBackAsItWas() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
      Chart chart = Chart.builder(Chart.Kind.BAR, text, "x", "y").value(text, "1", 1).build();
      String json = ChartJson.of(Map.of("c", chart));
      assertFalse(json.matches("(?s).*[<>&\u2028\u2029].*"), json);
      try {
        assertEquals(text, JSON.readTree(json).get(0).get("title").asText());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
