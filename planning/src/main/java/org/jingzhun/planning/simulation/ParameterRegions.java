package org.jingzhun.planning.simulation;

import java.util.HashSet;
import java.util.Set;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;

/**
 * The region whose parameters apply to a village: the nearest of the village and its ancestors
 * for which the book sets a value of any parameter. Every parameter a village reads is found
 * at or above that region, and the same as that region reads, so rules resolved once for it
 * serve every village below it exactly.
 */
final class ParameterRegions {
  private final Set<RegionCode> setting = new HashSet<>();

  ParameterRegions(PolicyBook book) {
    book.parameters().values().forEach(p -> setting.addAll(p.timelines().keySet()));
  }

  /** The region whose readings {@code village}'s equal. */
  RegionCode of(RegionCode village) {
    RegionCode r = village;
    while (!r.isNation() && !setting.contains(r)) {
      r = r.parent();
    }
    return r;
  }
}
