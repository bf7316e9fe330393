package org.jingzhun.examples.calculation;

import java.time.LocalDate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;

/**
 * 计算情形 — what a calculation is evaluated under besides its input: the policy book (shipped,
 * or a reform of it), the date and the region whose parameters apply.
 *
 * @param book the policy parameters
 * @param date the day the rules are read for
 * @param region the region whose values (or whose nearest ancestor's) apply
 */
public record Situation(PolicyBook book, LocalDate date, RegionCode region) {}
