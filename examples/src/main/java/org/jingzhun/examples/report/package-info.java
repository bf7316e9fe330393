/**
 * 报告 — tables, CSV files, Markdown reports, PNG charts and a progress bar for long runs: the
 * toolkit the command line and the demonstration write their results with.
 */
package org.jingzhun.examples.report;
