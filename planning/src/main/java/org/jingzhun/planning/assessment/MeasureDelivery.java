package org.jingzhun.planning.assessment;

/**
 * 措施落实 — one measure of a household's prescription and whether the year delivered it.
 *
 * @param kind the entitlement kind's id, e.g. {@code DIBAO_TOP_UP}
 * @param delivered whether the year's records show it delivered
 */
public record MeasureDelivery(String kind, boolean delivered) {
  /**
   * A measure; the kind is required and not blank.
   *
   * @param kind the entitlement kind's id
   * @param delivered whether it was delivered
   * @throws IllegalArgumentException if the kind is blank
   */
  public MeasureDelivery {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a measure needs its entitlement kind");
    }
  }
}
