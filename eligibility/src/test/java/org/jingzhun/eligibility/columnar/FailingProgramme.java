package org.jingzhun.eligibility.columnar;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;

/** A programme whose rules fail for every household: how a failure travels out of a parallel run. */
final class FailingProgramme implements EntitlementProgramme {
  private final EntitlementKind kind;

  FailingProgramme(EntitlementKind kind) {
    this.kind = kind;
  }

  @Override
  public Term rule() {
    return Term.of("test-failing", "失败（测试）", "failing (test)");
  }

  @Override
  public List<EntitlementKind> kinds() {
    return List.of(kind);
  }

  @Override
  public void need(PolicyReader read) {
    // reads no parameter
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return (h, trace, grants) -> {
      throw new IllegalStateException("the test programme fails");
    };
  }
}
