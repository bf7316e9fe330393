/**
 * 值类型风格 — the one Immutables style shared by every Jingzhun value type.
 *
 * <p>Use {@link DomainStyle} on a package or type of your own value classes to build them the way
 * the library does.
 */
package org.jingzhun.core.style;
