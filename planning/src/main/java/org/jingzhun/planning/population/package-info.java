/**
 * 人口 — a compact columnar population of households and members for simulation at scale.
 *
 * <p>Start with {@link Population#create()} and {@code append(household)} for each household, then
 * read it with a {@link HouseholdCursor} ({@code cursor()}).
 */
package org.jingzhun.planning.population;
