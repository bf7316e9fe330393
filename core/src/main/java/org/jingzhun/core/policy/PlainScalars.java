package org.jingzhun.core.policy;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The plain (unquoted, untagged) YAML scalars whose type is known without trying the YAML reader's
 * patterns: the common forms of a parameter file, answered exactly as SnakeYAML's {@link Resolver}
 * (YAML 1.1 types) would answer them. Every other scalar is left to that resolver.
 *
 * <ul>
 *   <li>{@link Form#TEXT}: its first character starts none of the resolver's patterns (no number,
 *       boolean, null, date, merge key or indicator can begin with it), e.g. {@code YUAN};
 *   <li>{@link Form#WHOLE}: {@code 0} or a digit 1–9 followed by at most 17 digits — the resolver's
 *       decimal integer (it tries integers before decimals), e.g. {@code 2536};
 *   <li>{@link Form#DATE}: four, two and two digits joined by hyphens — a YAML timestamp, which
 *       neither the integer nor the decimal pattern matches, e.g. {@code 2011-01-01}.
 * </ul>
 */
final class PlainScalars {
  /** What a plain scalar is known to be, or {@link #OTHER} when the resolver must decide. */
  enum Form { TEXT, WHOLE, DATE, OTHER }

  /** The resolver's pattern table, for the characters that start a pattern. */
  private static final class Table extends Resolver {
    Set<Character> starts() {
      return yamlImplicitResolvers.keySet().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
  }

  /**
   * The first characters that have a pattern of their own. The patterns under no character match
   * only the empty scalar (SnakeYAML 2's table), which {@link #form} never calls text;
   * {@code PlainScalarsTest} checks every form against Jackson's own reader.
   */
  private static final Set<Character> STARTS = new Table().starts();

  private PlainScalars() {}

  /** {@return the form of the plain scalar {@code value}, or {@link Form#OTHER} if unsure} */
  static Form form(String value) {
    if (value.isEmpty()) {
      return Form.OTHER;
    }
    if (!STARTS.contains(value.charAt(0))) {
      return Form.TEXT;
    }
    if (isWhole(value)) {
      return Form.WHOLE;
    }
    return isDate(value) ? Form.DATE : Form.OTHER;
  }

  private static boolean isWhole(String s) {
    int n = s.length();
    if (n > 18 || s.charAt(0) == '0' && n > 1) {
      return false;
    }
    return digits(s, 0, n);
  }

  private static boolean isDate(String s) {
    return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
