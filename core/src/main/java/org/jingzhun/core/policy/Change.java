package org.jingzhun.core.policy;

import java.util.List;
import org.jingzhun.core.region.RegionCode;

/**
 * 改革变动 — one value a reform set: the parameter, the region, the new value with its period,
 * and the values it replaced over that period (empty when it added a value where none was).
 */
public record Change(String parameter, RegionCode region, ParameterValue value, List<ParameterValue> replaced) {

  /**
   * A change, its replaced values copied.
   *
   * @param parameter the parameter's name
   * @param region the region the value is set for
   * @param value the new value, with its period and source
   * @param replaced the values it replaced over that period; empty when it added one where none was
   */
  public Change {
    replaced = List.copyOf(replaced);
  }
}
