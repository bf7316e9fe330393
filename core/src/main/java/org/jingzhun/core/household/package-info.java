/**
 * 农户 — households, their members, incomes and registration records.
 *
 * <p>Start with {@link Household}: build one with {@code Household.builder()} or read it from JSON
 * with {@link org.jingzhun.core.json.JingzhunJson}; {@code build()} reports every missing or bad
 * field at once. Its {@link Person members}, {@link Income income} and
 * {@link RegistrationRecord registration} are values of this package too.
 */
@DomainStyle
package org.jingzhun.core.household;

import org.jingzhun.core.style.DomainStyle;
