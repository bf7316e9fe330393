package org.jingzhun.finance.policy;

import org.jingzhun.core.policy.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.policy.Parameter;
import org.jingzhun.core.policy.ParameterValue;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 政策施行期 — the guard at the door of a finance rule that exists only for some dates or some
 * regions (poverty microcredit from 2014-12-10, the relocation subsidy from 2015-11-29, a risk
 * fund's loss split only where a county has set one): when the scheme's key parameter has no
 * value for the region or any region above it on the date, the rule is refused with why — the
 * day the scheme starts (its first value along the region chain, and that value's source) or
 * the regions that set it — instead of a bare "no value".
 */
public final class SchemeInForce {
  private SchemeInForce() {}

  /**
   * Returns quietly if {@code parameter} has a value for {@code region} on {@code date};
   * otherwise refuses at {@code date}, naming {@code scheme} and what the book holds instead.
   *
   * @param scheme the scheme as the message names it, Chinese and English
   * @param remedy what the caller can do, appended to the message (may be empty)
   * @throws ValidationException of kind {@code NO_POLICY} at the parameter's name if the scheme is
   *     not in force there then
   */
  public static void require(PolicyBook book, ParameterKey<?> key, RegionCode region, LocalDate date, String scheme,
      String remedy) {
    String parameter = key.name();
    if (book.find(key, region, date).isPresent()) {
      return;
    }
    Parameter p = book.parameter(parameter).orElseThrow();
    String why = nextStart(p, region, date).map(v -> "it starts on " + v.from() + " (" + v.source().citation(Language.EN) + ")")
        .orElseGet(() -> setFor(p));
    throw new ValidationException(List.of(new Violation(parameter, date.toString(), scheme + " is not in force for region "
        + region + " on " + date + ": " + parameter + " has no value there or in any region above it; " + why
        + (remedy.isEmpty() ? "" : ". " + remedy), Violation.Kind.NO_POLICY)));
  }

  /** The first value along the region chain that starts after {@code date}: when the scheme begins. */
  private static Optional<ParameterValue> nextStart(Parameter p, RegionCode region, LocalDate date) {
    ParameterValue first = null;
    for (RegionCode r = region; ; r = r.parent()) {
      for (ParameterValue v : p.timelines().getOrDefault(r, List.of())) {
        if (v.from().isAfter(date) && (first == null || v.from().isBefore(first.from()))) {
          first = v;
        }
      }
      if (r.isNation()) {
        return Optional.ofNullable(first);
      }
    }
  }

  /** Which regions set the parameter at all (none on the chain has a value on the date or later). */
  private static String setFor(Parameter p) {
    TreeSet<String> regions = new TreeSet<>();
    p.timelines().keySet().forEach(r -> regions.add(r.toString()));
    return regions.isEmpty() ? "the book has no value of it"
        : "the book's values of it are for region " + String.join(", ", regions) + ", none in force here on this date";
  }
}
