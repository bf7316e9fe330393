package org.jingzhun.web.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.time.IsoDate;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 查询参数 — reads a request's query parameters with the command line's rules and messages
 * (a date is {@code YYYY-MM-DD}, a region 6, 9 or 12 digits), collecting every problem; call
 * {@link #done()} to refuse the request with all of them at once.
 */
public final class Query {
  private final Request request;
  private final Violations violations = Violations.collect();

  /**
   * Reads {@code request}'s query.
   *
   * @param request the request
   */
  public Query(Request request) {
    this.request = request;
  }

  /** {@return {@code date}, which is required; a violation if absent or not a date} */
  public LocalDate date() {
    Optional<String> text = request.first("date");
    if (text.isEmpty()) {
      violations.check(false, "date", "", "is required: the day whose rules apply, e.g. date=2019-06-01");
      return LocalDate.EPOCH;
    }
    return optionalDate().orElse(LocalDate.EPOCH);
  }

  /** {@return {@code date} if given; a violation if not a date} */
  public Optional<LocalDate> optionalDate() {
    return request.first("date").flatMap(text -> attempt("date", () -> IsoDate.parse(text)));
  }

  /** {@return {@code region}, the nation when absent} */
  public RegionCode region() {
    return request.first("region").flatMap(text -> attempt("region", () -> RegionCode.of(text))).orElse(RegionCode.NATION);
  }

  /** {@return {@code lang}: {@code zh} (default) or {@code en}} */
  public Language language() {
    String text = request.first("lang").orElse("zh");
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default -> {
        violations.check(false, "lang", text, "is not a language; give zh or en");
        yield Language.ZH;
      }
    };
  }

  /**
   * {@return the boolean {@code name}: {@code true} or {@code false}, false when absent}
   *
   * @param name the parameter's name
   */
  public boolean flag(String name) {
    String text = request.first(name).orElse("false");
    if (!text.equals("true") && !text.equals("false")) {
      violations.check(false, name, text, "is not true or false");
    }
    return text.equals("true");
  }

  /**
   * {@return the year {@code name}, or {@code absent} when not given}
   *
   * @param name the parameter's name
   * @param absent its default
   */
  public int year(String name, int absent) {
    String text = request.first(name).orElse(String.valueOf(absent));
    if (!text.matches("\\d{4}")) {
      violations.check(false, name, text, "is not a year such as 2019");
      return absent;
    }
    return Integer.parseInt(text);
  }

  /**
   * Records a violation at {@code name}.
   *
   * @param name the parameter's name
   * @param value its value as given
   * @param message what is wrong
   */
  public void refuse(String name, String value, String message) {
    violations.check(false, name, value, message);
  }

  /**
   * Refuses the request if any parameter was wrong.
   *
   * @throws QueryViolations listing every problem
   */
  public void done() {
    try {
      violations.throwIfAny();
    } catch (ValidationException e) {
      throw new QueryViolations(e);
    }
  }

  private <T> Optional<T> attempt(String name, java.util.function.Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (ValidationException e) {
      e.violations().forEach(v -> violations.check(false, name, request.first(name).orElse(""), v.message()));
      return Optional.empty();
    }
  }
}
