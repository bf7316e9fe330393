package org.jingzhun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import org.jingzhun.examples.cli.Environment;
import org.jingzhun.examples.cli.Jingzhun;
import org.jingzhun.examples.cli.UserMistake;
import org.junit.jupiter.api.Test;

/** {@code jingzhun serve}: found by the command line, and its options read as documented. */
class ServeCommandTest {

  @Test
  void theCommandLineFindsServeWhenTheWebModuleIsThere() {
    assertTrue(Jingzhun.commandLine(Environment.standard()).getSubcommands().containsKey("serve"));
  }

  @Test
  void sizesAreBytesOrUnitsOfAThousandOrOf1024() {
    assertEquals(1 << 20, ServeCommand.size("1MiB"));
    assertEquals(200_000, ServeCommand.size("200KB"));
    assertEquals(100, ServeCommand.size("100"));
    assertEquals(64L << 20, ServeCommand.size("64MiB"));
    assertThrows(UserMistake.class, () -> ServeCommand.size("65MiB"));
    assertThrows(UserMistake.class, () -> ServeCommand.size("0"));
    assertThrows(UserMistake.class, () -> ServeCommand.size("lots"));
  }

  @Test
  void durationsAreMillisecondsSecondsOrMinutes() {
    assertEquals(Duration.ofMillis(500), ServeCommand.duration("500ms"));
    assertEquals(Duration.ofSeconds(10), ServeCommand.duration("10s"));
    assertEquals(Duration.ofMinutes(2), ServeCommand.duration("2m"));
    assertThrows(UserMistake.class, () -> ServeCommand.duration("0s"));
    assertThrows(UserMistake.class, () -> ServeCommand.duration("10"));
  }

  @Test
  void aPortInUseIsAUserMistakeInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Jingzhun.run(Environment.standard(), out, err, "serve", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, status, err.toString());
      assertTrue(err.toString().startsWith("jingzhun serve: cannot listen on 127.0.0.1 port "), err.toString());
      assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
  }

  @Test
  void badOptionsAreRefusedBeforeListening() {
    StringWriter err = new StringWriter();
    assertEquals(2, Jingzhun.run(Environment.standard(), new StringWriter(), err, "serve", "--workers", "0"));
    assertTrue(err.toString().contains("--workers is at least 1"), err.toString());
  }
}
