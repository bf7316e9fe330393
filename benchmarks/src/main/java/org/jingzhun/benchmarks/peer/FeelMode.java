package org.jingzhun.benchmarks.peer;

/**
 * FEEL 执行方式 (how Drools runs the model's FEEL expressions).
 *
 * <p>{@link #INTERPRETED} is Drools' default; {@link #COMPILED} adds its
 * {@code DoCompileFEELProfile}, which compiles each FEEL expression to Java bytecode when
 * the model is compiled. The benchmarks run both so the peer is measured at its best.
 */
public enum FeelMode {
  /** Drools' default: FEEL expressions are interpreted. */
  INTERPRETED,
  /** FEEL expressions compiled to Java ({@code DoCompileFEELProfile}). */
  COMPILED
}
