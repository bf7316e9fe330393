package org.jingzhun.examples.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.time.IsoDate;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 单元格取值 — reads the text of register cells: enumerations by constant name or Chinese label
 * ({@code HEAD} or {@code 户主}), yes/no as {@code true/false}, {@code yes/no}, {@code 是/否} or
 * {@code 1/0}, amounts in yuan within the input bound, ISO dates from 1900 to 2100, as JSON input
 * is read. A bad cell is recorded under its column's header.
 */
final class CellValues {
  private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是");
  private static final Set<String> NO = Set.of("false", "no", "n", "0", "否");

  private final Violations violations;

  CellValues(Violations violations) {
    this.violations = violations;
  }

  <E extends Enum<E> & Labelled> Optional<E> label(RegisterColumn column, String text, Class<E> type) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text) || e.chinese().equals(text)) {
        return Optional.of(e);
      }
    }
    violations.add(column.header(), text, "is not one of " + Arrays.toString(type.getEnumConstants())
        + " (or their Chinese labels)");
    return Optional.empty();
  }

  Optional<Boolean> flag(RegisterColumn column, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (YES.contains(t) || NO.contains(t)) {
      return Optional.of(YES.contains(t));
    }
    violations.add(column.header(), text, "is not yes or no (true/false, yes/no, 是/否, 1/0)");
    return Optional.empty();
  }

  Optional<Money> money(RegisterColumn column, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Money amount = Money.ofYuan(text);
      InputLimits.checkAmount(amount.fen(), text);
      return Optional.of(amount);
    } catch (ValidationException e) {
      violations.add(column.header(), text, e.violations().get(0).message());
      return Optional.empty();
    }
  }

  Optional<LocalDate> date(RegisterColumn column, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(IsoDate.parse(text));
    } catch (ValidationException e) {
      violations.add(column.header(), text, e.violations().get(0).message());
      return Optional.empty();
    }
  }

  Optional<Integer> integer(RegisterColumn column, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.valueOf(text));
    } catch (NumberFormatException e) {
      violations.add(column.header(), text, "is not a whole number");
      return Optional.empty();
    }
  }

  /** Records "is required" when a required cell is empty; returns whether it has text. */
  boolean required(RegisterColumn column, String text) {
    if (text.isEmpty()) {
      violations.add(column.header(), "", "is required");
      return false;
    }
    return true;
  }
}
