package org.jingzhun.examples.cli;

/** 退出码 — the exit statuses of {@code jingzhun}. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;
  /** Ran, and some policy case failed; or the command is not available yet. */
  public static final int FAILED = 1;
  /** The user's input or arguments are wrong; standard error says what. */
  public static final int BAD_INPUT = 2;
  /** No policy is in force for what was asked (a parameter has no value for that region and date). */
  public static final int NO_POLICY = 3;
  /** A file could not be read or written. */
  public static final int FILE = 4;
  /** An internal error of the program (a defect: please report it). */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
