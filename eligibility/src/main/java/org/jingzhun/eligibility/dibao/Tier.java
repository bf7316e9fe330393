package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.money.Share;

/**
 * 分档 — one tier of tiered dibao payment: a household whose per-capita income is below
 * {@code below} × the standard (and not in an earlier tier) is paid {@code pay} × the standard
 * per member per month.
 */
public record Tier(Share below, Share pay) {}
