/**
 * 账目分记 — the household ledger on the command line: the {@code ledger} calculation (one
 * household's prescription as a ledger) and the ledger's tables and files, which
 * {@code jingzhun demo --ledger} writes for the whole demonstration district beside its
 * reconciliation with the funds' books.
 */
package org.jingzhun.examples.ledger;
