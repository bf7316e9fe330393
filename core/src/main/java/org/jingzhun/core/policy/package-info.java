/**
 * 政策参数库 — the policy book: every parameter with its dated, region-scoped, cited values, checked
 * when loaded.
 *
 * <p>Start with {@link PolicyBook#shipped()}, the book of every parameter file the modules ship,
 * and pass it to the rules with a region and a date. Load your own figures on top with
 * {@link PolicyBook#withOverrides} ({@link PolicyFile#of(java.nio.file.Path)}), try a reform with
 * {@link PolicyBook#reform}, refuse estimates with {@link PolicyBook#officialOnly()}, and see how
 * sure each value is with {@link PolicyBook#coverage} and {@link Confidence}. Rule authors read
 * parameters through {@link PolicyReader}; modules ship their files as a {@link PolicyResources}
 * service.
 */
package org.jingzhun.core.policy;
