/**
 * 研究示例 — short, commented programs for researchers, each runnable on its own
 * ({@code java -cp … org.jingzhun.examples.research.ProjectsUnderBudget}) or as
 * {@code jingzhun example NAME}. They run on the synthetic demonstration district and print
 * tables; every figure they print is SYNTHETIC.
 */
package org.jingzhun.examples.research;
