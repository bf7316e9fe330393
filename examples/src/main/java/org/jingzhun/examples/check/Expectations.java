package org.jingzhun.examples.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 期望值比较 — whether an output value is the one a case expects. Numbers and money compare
 * exactly as decimals, whichever way they are written ({@code 600}, {@code 600.00} and
 * {@code "600.00"} are equal; {@code "600.01"} is not); other values compare as JSON, lists in
 * order and mappings field by field.
 */
final class Expectations {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Comparator<JsonNode> LEAVES = (a, b) -> {
    Optional<BigDecimal> x = decimal(a);
    Optional<BigDecimal> y = decimal(b);
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get());
    }
    return a.equals(b) ? 0 : 1;
  };

  private Expectations() {}

  static boolean matches(JsonNode expected, JsonNode actual) {
    if (actual.isMissingNode()) {
      return false;
    }
    if (expected.isContainerNode() || actual.isContainerNode()) {
      return expected.equals(LEAVES, actual);
    }
    return LEAVES.compare(expected, actual) == 0;
  }

  /** The value as a case report shows it: text without quotes, anything else as JSON. */
  static String show(JsonNode value) {
    if (value.isMissingNode()) {
      return "(absent)";
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static Optional<BigDecimal> decimal(JsonNode node) {
    if (node.isNumber()) {
      return Optional.of(node.decimalValue());
    }
    if (node.isTextual() && DECIMAL.matcher(node.textValue()).matches()) {
      return Optional.of(new BigDecimal(node.textValue()));
    }
    return Optional.empty();
  }
}
