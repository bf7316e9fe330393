/**
 * 命令行 — the {@code jingzhun} program: one subcommand per registered calculation (JSON in,
 * JSON out), {@code params}, {@code check}, {@code import-register} and {@code demo}. A
 * user's mistake ends with exit status 2 and a list of what is wrong, never a stack trace.
 */
package org.jingzhun.examples.cli;
