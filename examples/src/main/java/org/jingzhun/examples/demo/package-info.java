/**
 * 演示 — the demonstration: the synthetic district run through its whole campaign, its
 * year-by-year table, and the report folder (Markdown, CSV, PNG charts) that
 * {@code jingzhun demo} writes.
 */
package org.jingzhun.examples.demo;
