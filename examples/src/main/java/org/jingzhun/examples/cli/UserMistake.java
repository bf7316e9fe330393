package org.jingzhun.examples.cli;

/**
 * 使用错误 — a mistake of the user's that is not in the content of an input: a file that does
 * not exist or cannot be read, an empty input. The program prints the message and ends with
 * exit status 2.
 */
public final class UserMistake extends RuntimeException {
  public UserMistake(String message) {
    super(message);
  }
}
