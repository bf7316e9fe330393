package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 参数修改 — one change of a parameter, from the command line ({@code --set NAME=VALUE}) or a
 * scenario's {@code set}: either a percentage ({@code +10%}, {@code -5%}) that scales every value
 * of a money parameter in force from the change's first day, rounded half-up to the fen; or a
 * value, written as a parameter file writes it ({@code 300}, {@code 300 a month},
 * {@code 3600/year} for {@code 3600 a year}), set for the scenario's county from that day. A value
 * is read by the policy book's own loader, as a parameter file laid on the book, so it goes
 * through the parameter's unit, bounds and the one validating factory of its type, and a bad one
 * is refused as a bad file line would be. The first day is the run's first January 1 unless the
 * change names one after {@code @} ({@code +10%@2016-01-01}).
 *
 * @param name the parameter's name, e.g. {@code dibao.standard.rural}
 * @param value the value as written (the percentage, or the value with any {@code /year} suffix
 *     rewritten as {@code a year})
 * @param factor the multiplier of a percentage change, if it is one
 * @param from the first day of the change, if the change names one
 */
public record ParameterSetting(String name, String value, Optional<BigDecimal> factor, Optional<LocalDate> from) {
  private static final Pattern PERCENT = Pattern.compile("([+-])(\\d{1,3}(?:\\.\\d{1,4})?)%");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern PER = Pattern.compile("\\s*/\\s*(year|month)$");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Reads {@code NAME=VALUE[@YYYY-MM-DD]}.
   *
   * @param text the change as given to {@code --set}
   * @param path where it was given, for the message
   * @throws ValidationException if it is not of that form
   */
  public static ParameterSetting parse(String text, String path) {
    int eq = text.indexOf('=');
    if (eq < 1) {
      throw ValidationException.of(path, text, "应为 名称=取值 / is NAME=VALUE, e.g. dibao.standard.rural=+10% or dibao.standard.rural=3600/year");
    }
    return of(text.substring(0, eq).strip(), text.substring(eq + 1).strip(), path);
  }

  /**
   * Reads the change of parameter {@code name} to {@code value} ({@code VALUE[@YYYY-MM-DD]}).
   *
   * @param name the parameter's name
   * @param value the value, a percentage or a value, with its first day if any
   * @param path where it was given, for the message
   * @throws ValidationException if the name or the value is not of the forms above
   */
  public static ParameterSetting of(String name, String value, String path) {
    if (!NAME.matcher(name).matches()) {
      throw ValidationException.of(path, name, "不是参数名 / is not a parameter's name such as dibao.standard.rural"
          + " (./jingzhun params lists them)");
    }
    String v = value.strip();
    Optional<LocalDate> from = Optional.empty();
    int at = v.lastIndexOf('@');
    if (at >= 0) {
      String day = v.substring(at + 1).strip();
      try {
        from = Optional.of(LocalDate.parse(day));
      } catch (DateTimeParseException e) {
        throw ValidationException.of(path, value, "'@' 后应为日期 / after '@' comes the first day, YYYY-MM-DD, not '" + day + "'");
      }
      v = v.substring(0, at).strip();
    }
    if (v.isEmpty()) {
      throw ValidationException.of(path, value, "缺少取值 / has no value, e.g. +10% or 3600/year");
    }
    Matcher percent = PERCENT.matcher(v);
    if (percent.matches()) {
      BigDecimal change = new BigDecimal(percent.group(2)).divide(HUNDRED);
      BigDecimal factor = BigDecimal.ONE.add(percent.group(1).equals("-") ? change.negate() : change);
      if (factor.signum() <= 0) {
        throw ValidationException.of(path, value, "降幅应小于100% / a cut must be less than 100 %");
      }
      return new ParameterSetting(name, v, Optional.of(factor), from);
    }
    if (v.endsWith("%")) {
      throw ValidationException.of(path, value, "百分比应带正负号 / a percentage change has its sign, +10% or -5%");
    }
    Matcher per = PER.matcher(v);
    if (per.find()) {
      v = v.substring(0, per.start()) + " a " + per.group(1);
    }
    return new ParameterSetting(name, v, Optional.empty(), from);
  }

  /**
   * {@return {@code book} with {@code settings} applied in order}
   *
   * @param book the book to change
   * @param settings the changes
   * @param county the region a value is set for (the scenario's county)
   * @param firstDay the first day of a change that names none
   * @param title the reform's title, recorded with each changed value
   * @throws ValidationException if a parameter is unknown, a percentage changes a parameter that
   *     is not money, or a value does not fit its parameter (the loader's message, with the change)
   */
  public static PolicyBook apply(PolicyBook book, List<ParameterSetting> settings, RegionCode county, LocalDate firstDay, String title) {
    PolicyBook out = book;
    for (ParameterSetting s : settings) {
      out = s.applyTo(out, county, firstDay, title);
    }
    return out;
  }

  private PolicyBook applyTo(PolicyBook book, RegionCode county, LocalDate firstDay, String title) {
    LocalDate day = from.orElse(firstDay);
    String shown = "set " + name + "=" + value;
    if (book.parameters().get(name) == null) {
      throw ValidationException.of("set." + name, value, "书中没有此参数 / the policy book has no parameter of this name"
          + " (./jingzhun params lists them)");
    }
    if (factor.isPresent()) {
      try {
        return book.reform(title).scale(name, factor.get(), day, RoundingMode.HALF_UP).build();
      } catch (ValidationException e) {
        throw ValidationException.of("set." + name, value, "百分比只能用于金额参数 / a percentage changes a money parameter only;"
            + " give the new value instead");
      }
    }
    String yaml = "sources:\n"
        + "  set:\n"
        + "    issuer: " + quoted("jingzhun --set") + "\n"
        + "    title: " + quoted(title + ": " + shown) + "\n"
        + "    confidence: UNVERIFIED\n"
        + "parameters:\n"
        + "  " + name + ":\n"
        + "    values:\n"
        + "      \"" + county + "\":\n"
        + "        - {from: " + day + ", value: " + (NUMBER.matcher(value).matches() ? value : quoted(value)) + ", source: set}\n";
    try {
      return book.withOverrides(List.of(new PolicyFile(shown, yaml)));
    } catch (ValidationException e) {
      if (e.isNoPolicy()) {
        throw e;
      }
      // the loader names the generated file's line; the user wrote the change, so it is named instead
      throw new ValidationException(e.violations().stream()
          .map(v -> new Violation("set." + name, value, v.message().replace("parameter " + name + ", region " + county + ": ", "")))
          .toList());
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
