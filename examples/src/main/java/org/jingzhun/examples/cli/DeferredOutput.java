package org.jingzhun.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 暂存输出 — standard output held back until the command has finished, so that a run that
 * fails writes nothing there. It is kept in memory up to {@link #IN_MEMORY} characters, then in
 * a temporary file (a streamed register import writes hundreds of megabytes), and either
 * {@linkplain #commitTo copied} to the real output or {@linkplain #discard discarded}.
 */
final class DeferredOutput extends Writer {
  /** Characters kept in memory before the output moves to a temporary file. */
  static final int IN_MEMORY = 1 << 22;

  private final StringBuilder memory = new StringBuilder();
  private Path spill;
  private Writer spillWriter;

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (spillWriter == null && memory.length() + length <= IN_MEMORY) {
      memory.append(chars, offset, length);
      return;
    }
    if (spillWriter == null) {
      spill = Files.createTempFile("jingzhun-out-", ".tmp");
      spillWriter = new BufferedWriter(Files.newBufferedWriter(spill, StandardCharsets.UTF_8));
      spillWriter.append(memory);
      memory.setLength(0);
    }
    spillWriter.write(chars, offset, length);
  }

  @Override
  public void flush() {
    // held back until commitTo: nothing reaches the real output before the command ends
  }

  @Override
  public void close() {
    // closed by commitTo or discard
  }

  /** Copies everything written to {@code out}, then frees the buffer. */
  void commitTo(Writer out) {
    try {
      if (spillWriter == null) {
        out.append(memory);
      } else {
        spillWriter.close();
        try (Reader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
          in.transferTo(out);
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      discard();
    }
  }

  /** Drops everything written. */
  void discard() {
    memory.setLength(0);
    memory.trimToSize();
    if (spillWriter != null) {
      try {
        spillWriter.close();
        Files.deleteIfExists(spill);
      } catch (IOException e) {
        spill.toFile().deleteOnExit();
      }
      spillWriter = null;
    }
  }
}
