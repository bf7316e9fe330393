package org.jingzhun.eligibility.entitlement;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 冬季取暖补助（测试） — a programme that exists only in the tests, to prove that an entitlement is
 * added by its own class, its parameter file and its cases alone: a poor household gets a monthly
 * allowance of {@value #PER_MEMBER} × its members.
 */
final class HeatingAllowanceProgramme extends DeclaredProgramme {
  static final String PER_MEMBER = "test.heating.per-member-month";
  static final Term RULE = Term.of("heating", "冬季取暖补助", "winter heating allowance");
  static final EntitlementKind ALLOWANCE =
      EntitlementKind.of("TEST_HEATING_ALLOWANCE", "取暖补助（测试）", "heating allowance (test)", Payment.MONTHLY);

  HeatingAllowanceProgramme() {
    super(RULE, List.of(ALLOWANCE), read -> read.need(PER_MEMBER));
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    Reading perMember = book.get(PER_MEMBER, region, date);
    return (h, trace, grants) -> {
      if (h.poor()) {
        trace.rule(RULE).parameter(perMember);
        grants.grant(ALLOWANCE, perMember.money().times(h.household().members().size()));
      }
    };
  }
}
