package org.jingzhun.examples.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;

/**
 * 帮扶项目清单 — the programmes of a registry and the kinds each grants, as the command line's
 * {@code entitlements --format json} and the web API's {@code GET /entitlements} write them.
 */
public final class EntitlementListing {
  private EntitlementListing() {}

  /**
   * {@return one entry a programme, in order: its key, labels and kinds (id, labels, payment)}
   *
   * @param registry the programmes
   */
  public static List<Map<String, Object>> of(EntitlementRegistry registry) {
    List<Map<String, Object>> programmes = new ArrayList<>();
    for (EntitlementProgramme p : registry.programmes()) {
      List<Map<String, String>> kinds = p.kinds().stream()
          .map(k -> Map.of("kind", k.id(), "chinese", k.chinese(), "english", k.english(), "payment", k.payment().name()))
          .toList();
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("programme", p.rule().key());
      one.put("chinese", p.rule().chinese());
      one.put("english", p.rule().english());
      one.put("kinds", kinds);
      programmes.add(one);
    }
    return programmes;
  }
}
