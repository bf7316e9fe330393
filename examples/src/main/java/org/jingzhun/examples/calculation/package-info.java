/**
 * 计算目录 — the registry of the library's calculations, each by name with its JSON input type
 * and its function of (input, policy book, date, region). The command-line subcommands and the
 * policy test-case runner both read it, so adding a calculation is one registration in
 * {@link org.jingzhun.examples.calculation.Calculations#shipped()}.
 */
package org.jingzhun.examples.calculation;
