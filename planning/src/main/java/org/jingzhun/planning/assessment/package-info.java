/**
 * 绩效分评 — the yearly assessment of each household's results (income before and after by
 * source, the guarantees, the prescribed measures delivered, skilled labourers) and its village
 * and township roll-ups.
 */
package org.jingzhun.planning.assessment;
