/**
 * JSON — reading and writing every Jingzhun type as JSON, with every problem of a document
 * reported at once.
 *
 * <p>Start with {@link JingzhunJson}: {@code read(json, Household.class)} and
 * {@code write(value)}; a bad document raises one
 * {@link org.jingzhun.core.validation.ValidationException} with every problem at its path.
 */
package org.jingzhun.core.json;
