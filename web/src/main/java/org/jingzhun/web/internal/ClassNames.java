package org.jingzhun.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * No Java class name in an answer: the library names where a parameter value was loaded from as
 * {@code org.jingzhun.eligibility.policy.EligibilityPolicyResources:national.yaml:244} (the
 * provider of the file, the file, the line), in a value's {@code origin} and in messages that
 * cite it. The API shows it as {@code national.yaml:244}. Only names of Jingzhun's own packages
 * followed by a colon are taken out; nothing else of an answer is touched.
 */
final class ClassNames {
  private static final byte[] MARK = "org.jingzhun.".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern PROVIDER = Pattern.compile("org\\.jingzhun(?:\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*:");

  private ClassNames() {}

  /** {@code reply} without the class names of {@link #PROVIDER}; itself when it has none (the usual case, checked fast). */
  static Reply removed(Reply reply) {
    if (!contains(reply.body())) {
      return reply;
    }
    String text = new String(reply.body(), StandardCharsets.UTF_8);
    return new Reply(reply.status(), reply.contentType(),
        PROVIDER.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8));
  }

  private static boolean contains(byte[] body) {
    outer:
    for (int i = 0; i + MARK.length <= body.length; i++) {
      for (int j = 0; j < MARK.length; j++) {
        if (body[i + j] != MARK[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
