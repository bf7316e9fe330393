package org.jingzhun.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * 限量输入 — a stream that refuses to go past a number of bytes: reading the endless
 * {@code /dev/zero} or a mistaken multi-gigabyte file stops at the limit with a clear refusal, so
 * the heap never grows with the input.
 */
final class BoundedInput extends FilterInputStream {
  private final long limit;
  private final String name;
  private long read;

  /** {@code in}, shown to the user as {@code name}, read to at most {@code limit} bytes. */
  BoundedInput(InputStream in, long limit, String name) {
    super(in);
    this.limit = limit;
    this.name = name;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > limit) {
      throw tooLarge(name, limit);
    }
  }

  /** The refusal of an input {@code name} larger than {@code limit} bytes. */
  static UserMistake tooLarge(String name, long limit) {
    return new UserMistake("the input " + name + " is larger than " + size(limit)
        + ", the most that --max-input lets a command read; if it is meant, give a larger --max-input");
  }

  /** {@code bytes} as people write sizes: {@code 64 MiB}, {@code 1000 bytes}. */
  static String size(long bytes) {
    if (bytes % (1 << 30) == 0) {
      return bytes / (1 << 30) + " GiB";
    }
    if (bytes % (1 << 20) == 0) {
      return bytes / (1 << 20) + " MiB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }
}
