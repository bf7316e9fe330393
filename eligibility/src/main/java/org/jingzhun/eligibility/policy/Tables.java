package org.jingzhun.eligibility.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.validation.ValidationException;

/** 表参数 — binds a table parameter's value to a Java type, naming the parameter on error. */
public final class Tables {
  private Tables() {}

  /**
   * {@return the table value of {@code reading} as a {@code type}}
   *
   * @param <T> the type of the table
   * @param reading the table parameter as read
   * @param type the type to bind it to
   * @throws ValidationException whose paths start with the parameter's name and origin if the
   *     table does not have the type's shape
   */
  public static <T> T bind(Reading reading, Class<T> type) {
    return bind(reading, JingzhunJson.mapper().constructType(type));
  }

  /**
   * {@return the table value of {@code reading} as a generic type; see
   * {@link #bind(Reading, Class)}}
   *
   * @param <T> the type of the table
   * @param reading the table parameter as read
   * @param type the type to bind it to
   */
  public static <T> T bind(Reading reading, TypeReference<T> type) {
    return bind(reading, JingzhunJson.mapper().constructType(type));
  }

  /**
   * {@return the path naming {@code reading} in a violation: its parameter, region and origin, as
   * in {@code batches.mapping[000000, national.yaml:…]}}
   *
   * @param reading the table parameter as read
   */
  public static String path(Reading reading) {
    return reading.parameterName() + "[" + reading.region() + ", " + reading.entry().origin() + "]";
  }

  private static <T> T bind(Reading reading, JavaType type) {
    try {
      return JingzhunJson.mapper().convertValue(reading.table(), type);
    } catch (IllegalArgumentException e) {
      String where = path(reading);
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) {
          throw v.under(where);
        }
        if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
          throw JingzhunJson.violations(j).under(where);
        }
      }
      throw ValidationException.of(where, "", "the table has not the expected shape: " + e.getMessage());
    }
  }
}
