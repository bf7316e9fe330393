/**
 * 政策测试用例 — policy test cases as data: YAML or JSON files naming a calculation, its date,
 * region, parameter overrides, input and expected output fields, run by
 * {@code jingzhun check}. The format is documented in {@code docs/test-cases.md}.
 */
@DomainStyle
package org.jingzhun.examples.check;

import org.jingzhun.core.style.DomainStyle;
