package org.jingzhun.examples.cli;

/** 退出码 — the exit statuses of {@code jingzhun}. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;
  /** Ran, and some policy case failed; or the command is not available yet. */
  public static final int FAILED = 1;
  /** The user's input or arguments are wrong; standard error says what. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
