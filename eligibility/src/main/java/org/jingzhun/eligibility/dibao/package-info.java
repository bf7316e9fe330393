/**
 * 农村低保 — rural dibao: eligibility, the gap or tiered top-up, classified add-ons, extreme-poverty
 * support, two lines in one.
 *
 * <p>Start with {@link DibaoRules}: {@code compute(DibaoCase.of(household), book, date)} gives a
 * {@link DibaoAssessment}; resolve once with {@code resolve(book, region, date)} for many
 * households. {@link TwoLinesCheck} checks a whole book for standards below the poverty line.
 */
@DomainStyle
package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.style.DomainStyle;
