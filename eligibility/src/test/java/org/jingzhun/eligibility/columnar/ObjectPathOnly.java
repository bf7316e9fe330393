package org.jingzhun.eligibility.columnar;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;

/**
 * A standard programme with its facts path hidden: its rules grant through the object path only,
 * as a programme written without the facts path does, so the columnar prescription rebuilds each
 * household for it.
 */
final class ObjectPathOnly implements EntitlementProgramme {
  private final EntitlementProgramme inner;

  private ObjectPathOnly(EntitlementProgramme inner) {
    this.inner = inner;
  }

  /** {@return the standard registry with every programme's facts path hidden} */
  static EntitlementRegistry standardRegistry() {
    return EntitlementRegistry.of(EntitlementRegistry.standard().programmes().stream()
        .<EntitlementProgramme>map(ObjectPathOnly::new).toList());
  }

  @Override
  public Term rule() {
    return inner.rule();
  }

  @Override
  public List<EntitlementKind> kinds() {
    return inner.kinds();
  }

  @Override
  public void need(PolicyReader read) {
    inner.need(read);
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    Rules rules = inner.resolve(book, region, date);
    return rules::grant;
  }
}
