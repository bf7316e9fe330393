package org.jingzhun.finance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import org.jingzhun.core.json.JingzhunJson;

/** Asserts that a value written with {@link JingzhunJson} reads back equal. */
public final class RoundTrip {
  private RoundTrip() {}

  public static <T> void assertRoundTrips(T value, Class<T> type) {
    String json = JingzhunJson.write(value);
    assertEquals(value, JingzhunJson.read(json, type), json);
  }

  public static <T> void assertRoundTrips(T value, TypeReference<T> type) {
    String json = JingzhunJson.write(value);
    assertEquals(value, JingzhunJson.read(json, type), json);
  }
}
