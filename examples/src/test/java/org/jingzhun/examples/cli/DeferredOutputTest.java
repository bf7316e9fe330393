package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DeferredOutputTest {

  @Test
  void nothingReachesTheOutputUntilCommitted() throws IOException {
    DeferredOutput held = new DeferredOutput();
    StringWriter out = new StringWriter();
    held.write("half a result");
    held.flush();
    assertEquals("", out.toString());
    held.commitTo(out);
    assertEquals("half a result", out.toString());
  }

  @Test
  void discardedOutputIsNeverWritten() throws IOException {
    DeferredOutput held = new DeferredOutput();
    StringWriter out = new StringWriter();
    held.write("half a result");
    held.discard();
    held.commitTo(out);
    assertEquals("", out.toString());
  }

  @Test
  void outputBeyondTheMemoryBufferGoesThroughATemporaryFileInOrder() throws IOException {
    DeferredOutput held = new DeferredOutput();
    String block = "精准".repeat(1000) + "\n";
    int blocks = DeferredOutput.IN_MEMORY / block.length() + 3; // past the in-memory limit
    for (int i = 0; i < blocks; i++) {
      held.write(block);
    }
    StringWriter out = new StringWriter();
    held.commitTo(out);
    assertEquals(blocks * block.length(), out.toString().length());
    assertEquals(block.repeat(blocks), out.toString());
  }
}
