package org.jingzhun.eligibility.policy;

import org.jingzhun.core.policy.Reading;

/**
 * 参数出处 — where a parameter value was read, for a violation about it: its parameter, region and
 * origin ({@code file:line} or the reform that set it).
 */
public final class Tables {
  private Tables() {}

  /**
   * {@return the path naming {@code reading} in a violation: its parameter, region and origin, as
   * in {@code batches.mapping[000000, national.yaml:…]}}
   *
   * @param reading the table parameter as read
   */
  public static String path(Reading reading) {
    return reading.parameterName() + "[" + reading.region() + ", " + reading.entry().origin() + "]";
  }
}
