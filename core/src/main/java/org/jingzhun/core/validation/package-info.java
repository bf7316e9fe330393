/**
 * 校验 — the one exception for bad input, listing every violation at its field path.
 *
 * <p>Start with {@link ValidationException}: catch it around any builder, factory or rule, and
 * read its {@code violations()}, each a {@link Violation} with a path, the value and a message a
 * clerk can act on; a violation of kind {@code NO_POLICY} means the book has no value in force for
 * what was asked. {@link Violations} collects them when you write your own checks.
 */
package org.jingzhun.core.validation;
