package org.jingzhun.core.policy;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;

/**
 * 参数键 — a parameter declared once in code with the Java type of its values: a single value
 * (an amount of money, a share, a count, a choice among an enumeration's constants, …) or a table
 * bound to a value type (the five-batches mapping, the medical cascade's layers, the procedure's
 * steps).
 *
 * <p>A module declares its keys with its parameter files ({@link PolicyResources#keys()}), and the
 * book checks each against the files when it loads: a single value whose file gives it a unit of
 * another type (a share where the code reads money), a table of the wrong shape, or a key that no
 * file defines fails at load with its file and line, all problems at once — not on the first
 * calculation that reads it. A rule reads through the key ({@link PolicyBook#get(ParameterKey,
 * org.jingzhun.core.region.RegionCode, java.time.LocalDate)}, {@link PolicyReader#need(ParameterKey)})
 * and gets a typed value ({@link Reading#value(ParameterKey)}), never a cast or a tree.
 *
 * @param <T> the type of the parameter's values
 */
public final class ParameterKey<T> {
  private final String name;
  private final JavaType type;
  private final Unit.Kind kind;

  private ParameterKey(String name, JavaType type, Unit.Kind kind) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = type;
    this.kind = kind;
  }

  private static <T> ParameterKey<T> single(String name, Unit.Kind kind) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructType(kind.type), kind);
  }

  /**
   * {@return a parameter whose value is an amount of money (units 元, 元/月, 元/年, 元/人·年)}
   *
   * @param name the parameter's name, e.g. {@code housing.renovation.grant.c}
   */
  public static ParameterKey<Money> money(String name) {
    return single(name, Unit.Kind.MONEY);
  }

  /**
   * {@return a parameter whose value is an amount per person a month that a document may publish
   * per year (unit 元/人·月, e.g. a dibao standard)}
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   */
  public static ParameterKey<PeriodicAmount> periodic(String name) {
    return single(name, Unit.Kind.PERIODIC);
  }

  /**
   * {@return a parameter whose value is an annual interest rate}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<AnnualRate> rate(String name) {
    return single(name, Unit.Kind.RATE);
  }

  /**
   * {@return a parameter whose value is a share between 0 and 1}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<Share> share(String name) {
    return single(name, Unit.Kind.SHARE);
  }

  /**
   * {@return a parameter whose value is a ratio of parts, e.g. 6:4}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<Ratio> ratio(String name) {
    return single(name, Unit.Kind.RATIO);
  }

  /**
   * {@return a parameter whose value is a decimal number (units 倍 and 平方米: a multiple, an area)}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<BigDecimal> decimal(String name) {
    return single(name, Unit.Kind.DECIMAL);
  }

  /**
   * {@return a parameter whose value is a whole number (units 个, 天, 月, 年: a count, days, months, years)}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<Integer> count(String name) {
    return single(name, Unit.Kind.INTEGER);
  }

  /**
   * {@return a parameter whose value is yes or no}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<Boolean> flag(String name) {
    return single(name, Unit.Kind.FLAG);
  }

  /**
   * {@return a parameter whose value is a date}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<LocalDate> date(String name) {
    return single(name, Unit.Kind.DATE);
  }

  /**
   * {@return a parameter whose value is a rounding mode}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<RoundingMode> rounding(String name) {
    return single(name, Unit.Kind.ROUNDING);
  }

  /**
   * {@return a parameter whose value is the name of one of {@code options}' constants (unit 文本):
   * a name that is not one fails when the book loads, with its file and line}
   *
   * @param <E> the options' type
   * @param name the parameter's name, e.g. {@code finance.microcredit.subsidisedRate}
   * @param options the enumeration whose constants' names the file may give
   */
  public static <E extends Enum<E>> ParameterKey<E> choice(String name, Class<E> options) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructType(options), Unit.Kind.TEXT);
  }

  /**
   * {@return a parameter whose value is text (a choice among named options, a series' name)}
   *
   * @param name the parameter's name
   */
  public static ParameterKey<String> text(String name) {
    return single(name, Unit.Kind.TEXT);
  }

  /**
   * {@return a table parameter whose values are {@code type}s (a mapping bound to a value type)}
   *
   * @param <T> the type of the values
   * @param name the parameter's name
   * @param type the class of the values
   */
  public static <T> ParameterKey<T> table(String name, Class<T> type) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructType(type), Unit.Kind.TABLE);
  }

  /**
   * {@return a table parameter whose values are lists of {@code element}s}
   *
   * @param <E> the type of the list's elements
   * @param name the parameter's name
   * @param element the class of the elements
   */
  public static <E> ParameterKey<List<E>> list(String name, Class<E> element) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructCollectionType(List.class, element), Unit.Kind.TABLE);
  }

  /**
   * {@return a table parameter whose values are mappings from {@code key}s to {@code value}s}
   *
   * @param <K> the type of the mapping's keys
   * @param <V> the type of its values
   * @param name the parameter's name
   * @param key the class of the keys
   * @param value the class of the values
   */
  public static <K, V> ParameterKey<Map<K, V>> map(String name, Class<K> key, Class<V> value) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructMapType(Map.class, key, value), Unit.Kind.TABLE);
  }

  /**
   * {@return every key that {@code holders} declare as public static final fields, in the order
   * declared: a module's parameter-file provider lists its rule classes here instead of each key}
   *
   * @param holders the classes whose key constants are collected, e.g. {@code DibaoRules.class}
   * @throws IllegalArgumentException if a holder's field cannot be read (not public)
   */
  public static List<ParameterKey<?>> declaredIn(Class<?>... holders) {
    List<ParameterKey<?>> keys = new java.util.ArrayList<>();
    for (Class<?> holder : holders) {
      for (java.lang.reflect.Field f : holder.getFields()) {
        int m = f.getModifiers();
        if (java.lang.reflect.Modifier.isStatic(m) && java.lang.reflect.Modifier.isFinal(m)
            && f.getType() == ParameterKey.class && f.getDeclaringClass() == holder) {
          try {
            keys.add((ParameterKey<?>) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot read " + holder.getSimpleName() + "." + f.getName(), e);
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  /** {@return the parameter's name} */
  public String name() {
    return name;
  }

  /** Whether {@code value} is of this key's type (its raw class: the elements are checked when bound). */
  boolean accepts(Object value) {
    return type.getRawClass().isInstance(value);
  }

  /**
   * A single value as read from a file (its unit's type) in this key's type: the named constant of
   * a choice; any other value as it is.
   *
   * @throws IllegalArgumentException if a choice's name is not one of its constants
   */
  Object bindSingle(Object value) {
    Class<?> raw = type.getRawClass();
    if (!raw.isEnum() || !(value instanceof String name)) {
      return value;
    }
    for (Object option : raw.getEnumConstants()) {
      if (((Enum<?>) option).name().equals(name)) {
        return option;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not one of " + java.util.Arrays.toString(raw.getEnumConstants()));
  }

  /** Whether this key is a table's (bound from a tree) rather than a single value's. */
  boolean isTable() {
    return kind == Unit.Kind.TABLE;
  }

  /** Whether a parameter file's {@code unit} gives values of this key's type. */
  boolean fits(Unit unit) {
    return unit.kind() == kind;
  }

  /** {@return what this key's values are, for a message: "an amount of money", "a table"} */
  String describe() {
    return kind.english;
  }

  /** {@return what this key's values are, in Chinese, for a message} */
  String describeChinese() {
    return kind.chinese;
  }

  /**
   * The tree of a parameter file bound to this key's type.
   *
   * @throws ValidationException listing every problem of the table, each at its path
   */
  T bind(JsonNode tree) {
    try {
      return JsonMapping.mapper().convertValue(tree, type);
    } catch (IllegalArgumentException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) {
          throw v;
        }
        if (t instanceof JsonProcessingException j) {
          throw JsonMapping.violations(j);
        }
      }
      throw ValidationException.of("", "", "the table does not have the shape of " + type.getRawClass().getSimpleName());
    }
  }

  /** {@return the parameter's name, as a message or a file writes it} */
  @Override
  public String toString() {
    return name;
  }
}
