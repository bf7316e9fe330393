package org.jingzhun.planning.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.education.EducationProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.housing.RenovationProgramme;

/**
 * 演算待遇种类 — the kinds of entitlement of the run's registry as the campaign counts them: each
 * kind's position, whether it is paid monthly (then it is cash the household lives on, and counts
 * in its income after transfers), and the campaign {@link Programme} whose spending reports it:
 * dibao, education aid and the renovation grant under their own, every other programme of the
 * registry (the premium subsidy, a programme added later) under
 * {@link Programme#OTHER_ENTITLEMENTS}. Immutable, shared by the run's tasks.
 */
final class CampaignKinds {
  final EntitlementRegistry registry;
  final List<EntitlementKind> kinds;
  final boolean[] monthly;
  final Programme[] reportedUnder;
  /** The position of the renovation grant, whose grant makes the dwelling safe; −1 if no programme grants it. */
  final int renovation;
  private final Map<EntitlementKind, Integer> position = new HashMap<>();

  CampaignKinds(EntitlementRegistry registry) {
    this.registry = registry;
    this.kinds = registry.kinds();
    this.monthly = new boolean[kinds.size()];
    this.reportedUnder = new Programme[kinds.size()];
    for (EntitlementProgramme p : registry.programmes()) {
      for (EntitlementKind k : p.kinds()) {
        int i = kinds.indexOf(k);
        position.put(k, i);
        monthly[i] = k.payment() == Payment.MONTHLY;
        reportedUnder[i] = reportedUnder(p);
      }
    }
    this.renovation = position.getOrDefault(RenovationProgramme.GRANT, -1);
  }

  private static Programme reportedUnder(EntitlementProgramme p) {
    if (p instanceof DibaoProgramme) {
      return Programme.DIBAO;
    }
    if (p instanceof EducationProgramme) {
      return Programme.EDUCATION;
    }
    return p instanceof RenovationProgramme ? Programme.HOUSING : Programme.OTHER_ENTITLEMENTS;
  }

  /** {@return the position of {@code kind} among the registry's kinds} */
  int position(EntitlementKind kind) {
    Integer i = position.get(kind);
    if (i == null) {
      throw new IllegalStateException("a programme granted " + kind + ", a kind no programme of the registry declares");
    }
    return i;
  }

  /** {@return the number of kinds} */
  int size() {
    return kinds.size();
  }
}
