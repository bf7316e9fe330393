/**
 * 帮扶待遇 — entitlement programmes and the registry the prescription iterates: a programme
 * ({@link org.jingzhun.eligibility.entitlement.EntitlementProgramme}) declares the kinds it grants
 * ({@link org.jingzhun.eligibility.entitlement.EntitlementKind}, each paid monthly, by the year or
 * once — {@link org.jingzhun.eligibility.entitlement.Payment}), the parameters it reads, and its
 * rules for a region and date, which grant each household its
 * {@link org.jingzhun.eligibility.entitlement.Entitlement}s. Adding an entitlement is adding a
 * programme: its own package, its parameters, its cases and one {@code provides} line.
 */
@DomainStyle
package org.jingzhun.eligibility.entitlement;

import org.jingzhun.core.style.DomainStyle;
