/** 处方 — the per-household prescription that combines every rule of the module (处方分开). */
@DomainStyle
package org.jingzhun.eligibility.prescription;

import org.jingzhun.core.style.DomainStyle;
