/**
 * 研究示例 — short, commented programs that script a scenario with the library, each runnable as
 * {@code jingzhun example NAME} and as a main class: their assumptions stated at the top, every
 * policy number read from the policy book. Those on the synthetic demonstration district say so;
 * every figure they print from it is SYNTHETIC.
 */
package org.jingzhun.examples.research;
