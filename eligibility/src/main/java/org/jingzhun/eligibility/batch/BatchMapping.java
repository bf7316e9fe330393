package org.jingzhun.eligibility.batch;

import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 五个一批对应表 — the mapping table (parameter {@code batches.mapping}): rules, and the batch of a
 * household no rule matches.
 */
public record BatchMapping(FiveBatch fallback, List<BatchRule> rules) {

  /**
   * Checks the table: a fallback batch and a list of rows (each row checks itself).
   *
   * @param fallback the batch of a household no rule matches
   * @param rules the rows, in order
   * @throws ValidationException listing every violation with its field
   */
  public BatchMapping {
    Violations v = Violations.collect();
    v.require("fallback", fallback);
    v.require("rules", rules);
    v.throwIfAny();
    rules = List.copyOf(rules);
  }
}
