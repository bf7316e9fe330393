package org.jingzhun.examples.cli;

/**
 * 文件错误 — a file that cannot be read or written: an input that does not exist or is not
 * readable, a report folder that cannot be written. The program prints the message and ends
 * with exit status {@value ExitCodes#FILE}; nothing is left half-written.
 */
public final class FileProblem extends RuntimeException {
  /** A problem described by {@code message}, which names the file and says what went wrong. */
  public FileProblem(String message) {
    super(message);
  }
}
