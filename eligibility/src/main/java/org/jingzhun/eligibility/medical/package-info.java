/**
 * 健康扶贫 — the medical-assistance cascade of payers applied to an inpatient bill.
 *
 * <p>Start with {@link MedicalCascade}: {@code compute(bill, book, region, date)} settles an
 * {@link InpatientBill} payer by payer, adding up to the bill to the fen.
 */
@DomainStyle
package org.jingzhun.eligibility.medical;

import org.jingzhun.core.style.DomainStyle;
