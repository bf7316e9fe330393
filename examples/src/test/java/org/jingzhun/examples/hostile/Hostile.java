package org.jingzhun.examples.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One bad input of the corpus: the command line, standard input, the exit status it must end
 * with, and the words its message must contain (the field's path, the key, the option).
 *
 * @param label what is wrong, as the test is named
 * @param args the arguments after {@code jingzhun}
 * @param stdin the bytes of standard input
 * @param status the exit status expected
 * @param names what the message must name
 */
record Hostile(String label, List<String> args, byte[] stdin, int status, List<String> names) {

  static Hostile of(String label, List<String> args, String stdin, int status, String... names) {
    return new Hostile(label, args, stdin.getBytes(StandardCharsets.UTF_8), status, List.of(names));
  }

  static Hostile ofBytes(String label, List<String> args, byte[] stdin, int status, String... names) {
    return new Hostile(label, args, stdin, status, List.of(names));
  }

  @Override
  public String toString() {
    return label;
  }
}
