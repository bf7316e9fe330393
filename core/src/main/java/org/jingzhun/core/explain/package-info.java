/**
 * 解释 — the derivation of a result: rules applied, inputs, parameters with their sources,
 * intermediate amounts, in Chinese and English.
 *
 * <p>Start with {@link Explained}, what every rule's {@code explain(...)} returns: its
 * {@code value()} and {@code explanationText(Language.ZH)}. Rule authors record into a
 * {@link Trace} ({@link Trace#off()} records nothing and costs nothing).
 */
package org.jingzhun.core.explain;
