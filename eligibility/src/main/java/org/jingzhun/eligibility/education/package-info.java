/**
 * 教育扶贫 — education assistance by stage (分段定标、全程资助).
 *
 * <p>Start with {@link EducationRules}: {@code compute(household, book, date)} lists each
 * student's aid as {@link EducationEntitlement}s.
 */
@DomainStyle
package org.jingzhun.eligibility.education;

import org.jingzhun.core.style.DomainStyle;
