/**
 * 行政区划 — GB/T 2260 region codes from the nation down to the village, and the shipped directory of
 * names.
 *
 * <p>Start with {@link RegionCode}: {@code RegionCode.of("511902")} (6, 9 or 12 digits), its
 * {@code level()}, {@code parent()} and {@code chain()}, the order in which a policy book looks
 * for a region's values. {@link RegionDirectory#shipped()} names the regions the library knows.
 */
package org.jingzhun.core.region;
