package org.jingzhun.finance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jingzhun.core.json.JingzhunJson;

/** Asserts that a value written with {@link JingzhunJson} reads back equal. */
public final class RoundTrip {
  private RoundTrip() {}

  public static <T> void assertRoundTrips(T value, Class<T> type) {
    String json = JingzhunJson.write(value);
    assertEquals(value, JingzhunJson.read(json, type), json);
  }

  public static <T> void assertListRoundTrips(List<T> values, Class<T> element) {
    String json = JingzhunJson.write(values);
    assertEquals(values, JingzhunJson.readList(json, element), json);
  }
}
