package org.jingzhun.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/** The shipped book with test values planted for Bazhou (511902), for the rules' tests. */
public final class PlantedBooks {
  private static final PolicyBook SHIPPED = PolicyBook.shipped();
  private static final String SOURCE = "sources:\n  t: {issuer: test, title: test, confidence: UNVERIFIED}\nparameters:\n";

  private PlantedBooks() {}

  /**
   * The dibao gap rounded by {@code mode} (a {@code RoundingMode} name) from {@code from}, and a
   * standard of {@code standard} yuan a month from {@code from} to the year's end.
   */
  public static PolicyBook dibaoRounding(Object mode, String standard, LocalDate from) {
    return SHIPPED.withOverrides(List.of(new PolicyFile("rounding.yaml", SOURCE + """
          dibao.payment.rounding:
            values:
              "511902": [{from: %s, value: %s, source: t}]
          dibao.standard.rural:
            values:
              "511902": [{from: %s, until: %s, value: "%s", source: t}]
        """.formatted(from, mode, from, LocalDate.of(from.getYear() + 1, 1, 1), standard))));
  }

  /**
   * Tiered dibao payment from {@code from}: below {@code firstLimit} × the standard the first
   * tier's {@code firstPay} × the standard, below 1 × the standard 0.4 × it; optionally with
   * {@code rounding} (null keeps the shipped one).
   */
  public static PolicyBook dibaoTiers(LocalDate from, String firstPay, String rounding) {
    String roundingValues = rounding == null ? "" : """
          dibao.payment.rounding:
            values:
              "511902": [{from: %s, value: %s, source: t}]
        """.formatted(from, rounding);
    return SHIPPED.withOverrides(List.of(new PolicyFile("tiers.yaml", SOURCE + """
          dibao.payment.method:
            values:
              "511902": [{from: %s, value: tiered, source: t}]
          dibao.payment.tiers:
            values:
              "511902": [{from: %s, value: [{below: "0.5", pay: "%s"}, {below: "1", pay: "0.4"}], source: t}]
        """.formatted(from, from, firstPay) + roundingValues)));
  }
}
