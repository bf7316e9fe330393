package org.jingzhun.eligibility.batch;

import java.util.List;

/**
 * 五个一批对应表 — the mapping table (parameter {@code batches.mapping}): rules, and the batch of a
 * household no rule matches.
 */
public record BatchMapping(FiveBatch fallback, List<BatchRule> rules) {}
