package org.jingzhun.examples.finance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 贷款输入路径 — puts the violations the schedule and subsidy calculators find at their place in a
 * request: what they report about the history ({@code latePayments[0].period}) goes under the
 * request's history, what they report about the terms ({@code floating.spreadBasisPoints})
 * under its loan; anything else (a parameter missing on the date) stays where it is.
 */
final class LoanViolations {
  private static final List<String> HISTORY_FIELDS = List.of("prepayments", "latePayments", "writeOff", "breaches");
  private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)](\\.(.*))?");

  private LoanViolations() {}

  /** The violations of {@code e} placed for a request with {@code loan} and {@code history} fields. */
  static ValidationException located(ValidationException e, String loan, String history) {
    return new ValidationException(e.violations().stream().map(v -> locate(v, loan, history))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The violations of a portfolio calculation, reported under {@code [i]} for the i-th loan,
   * placed under {@code portfolio[i].terms} or {@code portfolio[i].history}.
   */
  static ValidationException locatedInPortfolio(ValidationException e, String portfolio) {
    return new ValidationException(e.violations().stream().map(v -> {
      Matcher m = INDEXED.matcher(v.path());
      if (!m.matches()) {
        return v;
      }
      Violation inner = new Violation(m.group(3) == null ? "" : m.group(3), v.value(), v.message());
      return locate(inner, "terms", "history").under(portfolio + "[" + m.group(1) + "]");
    }).collect(ImmutableList.toImmutableList()));
  }

  private static Violation locate(Violation v, String loan, String history) {
    String head = v.path().split("[.\\[]", 2)[0];
    if (HISTORY_FIELDS.contains(head)) {
      return v.under(history);
    }
    if (head.equals("floating")) {
      return v.under(loan);
    }
    return v;
  }
}
