/**
 * 列式人口 — a population held in columns and the full prescription run over it: identification,
 * the five batches and every programme of an entitlement registry, with the same rule code as
 * the per-household {@link org.jingzhun.eligibility.prescription.PrescriptionRules} (both read
 * households through {@link org.jingzhun.eligibility.entitlement.HouseholdFacts}). Start with
 * {@link org.jingzhun.eligibility.columnar.PopulationColumns#builder()} and
 * {@link org.jingzhun.eligibility.columnar.ColumnarPrescription#of}.
 */
package org.jingzhun.eligibility.columnar;
