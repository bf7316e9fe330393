package org.jingzhun.planning.ledger;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * The rule behind a ledger entry and the parameter values it read, each written
 * {@code name@region since date}: where an auditor finds the value in the policy book.
 */
record RuleReference(String rule, ImmutableList<String> parameters) {

  /**
   * The reference of {@code rule}, whose parameters {@code needs} lists, for {@code region} on
   * {@code date}, with the funding parameters after them.
   */
  static RuleReference of(Term rule, Consumer<PolicyReader> needs, PolicyBook book, RegionCode region, LocalDate date,
      LedgerFunding funding) {
    PolicyReader read = PolicyReader.of(book, region, date);
    needs.accept(read);
    ImmutableList.Builder<String> parameters = ImmutableList.builder();
    read.readings().forEach(r -> parameters.add(cite(r)));
    funding.readings().forEach(r -> parameters.add(cite(r)));
    return new RuleReference(rule.key(), parameters.build());
  }

  private static String cite(Reading r) {
    return r.parameterName() + "@" + r.region() + " since " + r.entry().from();
  }

  /** The entry builder with this reference's rule and parameters set. */
  LedgerEntry.Builder on(LedgerEntry.Builder entry) {
    return entry.rule(rule).parameters(parameters);
  }
}
