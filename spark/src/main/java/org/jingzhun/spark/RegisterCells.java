package org.jingzhun.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.time.IsoDate;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 单元格 — reads the cells of one register row, typed (Parquet, a typed Dataset) or text (a CSV
 * file): enumerations by constant name or Chinese label, yes/no as booleans or {@code
 * true/false}, {@code yes/no}, {@code 是/否}, {@code 1/0}, amounts in yuan as decimals, whole
 * numbers or text within the input bound (never floating point), dates as dates or ISO text from
 * 1900 to 2100. A missing column reads as an empty cell; a bad cell is recorded under
 * {@code prefix + column}.
 */
final class RegisterCells {
  private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是");
  private static final Set<String> NO = Set.of("false", "no", "n", "0", "否");

  /**
   * Each labelled enumeration's constants by exact name and by Chinese label, found once: a
   * register's cells are read by the million. Other spellings (another case) are matched as before.
   */
  private static final ClassValue<Map<String, Object>> LABELS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byText = new java.util.HashMap<>();
      for (Object e : type.getEnumConstants()) {
        byText.putIfAbsent(((Labelled) e).chinese(), e);
        byText.put(((Enum<?>) e).name(), e);
      }
      return Map.copyOf(byText);
    }
  };

  private final Row row;
  private final Map<String, Integer> columns;
  private final String prefix;
  private final Violations violations;

  RegisterCells(Row row, Map<String, Integer> columns, String prefix, Violations violations) {
    this.row = row;
    this.columns = columns;
    this.prefix = prefix;
    this.violations = violations;
  }

  /** The raw value of {@code column}, empty when the column is absent, null or blank text. */
  Optional<Object> value(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      return Optional.empty();
    }
    Object v = row.isNullAt(i) ? null : row.get(i);
    return v instanceof String s && s.isBlank() ? Optional.empty() : Optional.ofNullable(v);
  }

  /** The cell as text, stripped; empty when empty. */
  Optional<String> text(String column) {
    return value(column).map(v -> String.valueOf(v).strip());
  }

  /** Records "is required" when the cell is empty; returns whether it has a value. */
  boolean required(String column) {
    if (value(column).isEmpty()) {
      violations.add(prefix + column, "", "is required");
      return false;
    }
    return true;
  }

  <E extends Enum<E> & Labelled> Optional<E> label(String column, Class<E> type) {
    return text(column).flatMap(t -> label(column, t, type));
  }

  <E extends Enum<E> & Labelled> Optional<E> label(String column, String text, Class<E> type) {
    Object exact = LABELS.get(type).get(text);
    if (exact != null) {
      return Optional.of(type.cast(exact));
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text) || e.chinese().equals(text)) {
        return Optional.of(e);
      }
    }
    violations.add(prefix + column, text, "is not one of " + Arrays.toString(type.getEnumConstants()) + " (or their Chinese labels)");
    return Optional.empty();
  }

  Optional<Boolean> flag(String column) {
    Optional<Object> v = value(column);
    if (v.isPresent() && v.get() instanceof Boolean b) {
      return Optional.of(b);
    }
    return v.map(String::valueOf).map(t -> t.strip().toLowerCase(Locale.ROOT)).flatMap(t -> {
      if (YES.contains(t) || NO.contains(t)) {
        return Optional.of(YES.contains(t));
      }
      violations.add(prefix + column, t, "is not yes or no (true/false, yes/no, 是/否, 1/0)");
      return Optional.empty();
    });
  }

  Optional<Money> money(String column) {
    return value(column).flatMap(v -> amount(v, prefix + column));
  }

  /** {@return {@code value} read as an amount of yuan; a bad one is recorded at {@code path}} */
  Optional<Money> amount(Object value, String path) {
    try {
      Money amount = amountOf(value);
      InputLimits.checkAmount(amount.fen(), value);
      return Optional.of(amount);
    } catch (ValidationException e) {
      violations.add(path, value, e.violations().get(0).message());
      return Optional.empty();
    }
  }

  private static Money amountOf(Object v) {
    if (v instanceof BigDecimal d) {
      return Money.of(d);
    }
    if (v instanceof Integer || v instanceof Long) {
      return Money.ofYuan(((Number) v).longValue());
    }
    if (v instanceof String s) {
      return Money.ofYuan(s.strip());
    }
    throw ValidationException.of("", v, "is not an amount of yuan as a decimal, whole number or text"
        + " (floating point is refused: it cannot hold every amount exactly)");
  }

  Optional<LocalDate> date(String column) {
    return value(column).flatMap(v -> {
      try {
        if (v instanceof LocalDate d) {
          return Optional.of(InputLimits.checkDate(d));
        }
        if (v instanceof java.sql.Date d) {
          return Optional.of(InputLimits.checkDate(d.toLocalDate()));
        }
        return Optional.of(IsoDate.parse(String.valueOf(v).strip()));
      } catch (ValidationException e) {
        violations.add(prefix + column, v, e.violations().get(0).message());
        return Optional.empty();
      }
    });
  }

  Optional<Integer> integer(String column) {
    return value(column).flatMap(v -> {
      if (v instanceof Integer n) {
        return Optional.of(n);
      }
      try {
        return Optional.of(Integer.valueOf(String.valueOf(v).strip()));
      } catch (NumberFormatException e) {
        violations.add(prefix + column, v, "is not a whole number");
        return Optional.empty();
      }
    });
  }
}
