/**
 * 识别 — identification of poor households, their category, guarantee deficits and monitoring.
 *
 * <p>Start with {@link IdentificationRules}: {@code compute(household, book, date)} or
 * {@code explain(...)} for one household, or {@code resolve(book, region, date)} once and
 * {@code identify(household, trace)} for many; the result is an {@link Identification}.
 */
@DomainStyle
package org.jingzhun.eligibility.identification;

import org.jingzhun.core.style.DomainStyle;
