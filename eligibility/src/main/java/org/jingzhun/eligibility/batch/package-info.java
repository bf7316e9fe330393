/**
 * 五个一批 — the five batches: the path out of poverty assigned to each household.
 *
 * <p>Start with {@link BatchRules}: {@code compute(household, book, date)} gives a
 * {@link BatchAssignment}.
 */
@DomainStyle
package org.jingzhun.eligibility.batch;

import org.jingzhun.core.style.DomainStyle;
