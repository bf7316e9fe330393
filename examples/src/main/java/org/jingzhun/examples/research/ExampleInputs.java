package org.jingzhun.examples.research;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 示例参数 — the inputs of a research example, each with its default, given on the command line
 * as {@code --name value} or {@code --name=value} after the example's name. Each value is read
 * by the one factory of its type ({@link Money#ofYuan(String)}, {@link LocalDate#parse}); an
 * unknown name or a bad value is refused with the input's name, every problem at once.
 */
public final class ExampleInputs {

  /**
   * One input of an example.
   *
   * @param name its name, without the dashes
   * @param defaultValue its value when not given, as text
   * @param description what it sets
   */
  public record Input(String name, String defaultValue, String description) {}

  private final ImmutableMap<String, Input> declared;
  private final Map<String, String> values;

  private ExampleInputs(ImmutableMap<String, Input> declared, Map<String, String> values) {
    this.declared = declared;
    this.values = values;
  }

  /** {@return the inputs of {@code declared} at their defaults} */
  public static ExampleInputs defaults(List<Input> declared) {
    return parse(declared, List.of());
  }

  /**
   * Reads {@code args} ({@code --name value} or {@code --name=value}) against {@code declared}.
   *
   * @throws ValidationException listing every unknown name or missing value
   */
  public static ExampleInputs parse(List<Input> declared, List<String> args) {
    ImmutableMap.Builder<String, Input> b = ImmutableMap.builder();
    declared.forEach(i -> b.put(i.name(), i));
    ImmutableMap<String, Input> known = b.build();
    Map<String, String> values = new LinkedHashMap<>();
    known.values().forEach(i -> values.put(i.name(), i.defaultValue()));
    Violations v = Violations.collect();
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      if (!arg.startsWith("--")) {
        v.add("arguments", arg, "应为 --名称 取值 / is --name value; the example's inputs: " + names(known));
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (k + 1 < args.size()) {
        value = args.get(++k);
      }
      if (!known.containsKey(name)) {
        v.add("--" + name, value == null ? "" : value, "此示例没有此参数 / is not an input of this example; its inputs: " + names(known));
      } else if (value == null) {
        v.add("--" + name, "", "缺少取值 / needs a value");
      } else {
        values.put(name, value);
      }
    }
    v.throwIfAny();
    return new ExampleInputs(known, values);
  }

  private static String names(Map<String, Input> known) {
    return known.isEmpty() ? "none" : String.join(", ", known.keySet().stream().map(n -> "--" + n).toList());
  }

  /** {@return input {@code name} as a whole number from {@code min} to {@code max}} */
  public long whole(String name, long min, long max) {
    String text = text(name);
    try {
      long n = Long.parseLong(text.strip().replace("_", ""));
      if (n < min || n > max) {
        throw ValidationException.of("--" + name, text, "应在" + min + "至" + max + "之间 / is from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ValidationException.of("--" + name, text, "不是整数 / is not a whole number");
    }
  }

  /** {@return input {@code name} as a decimal from {@code min} to {@code max}} */
  public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
    String text = text(name);
    try {
      BigDecimal d = new BigDecimal(text.strip());
      if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
        throw ValidationException.of("--" + name, text, "应在" + min + "至" + max + "之间 / is from " + min + " to " + max);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ValidationException.of("--" + name, text, "不是数 / is not a number such as 10 or 2.5");
    }
  }

  /** {@return input {@code name} as an amount of yuan} */
  public Money money(String name) {
    String text = text(name);
    try {
      return Money.ofYuan(text.strip());
    } catch (ValidationException e) {
      throw ValidationException.of("--" + name, text, "不是金额 / is not an amount of yuan such as 150000 or 2500000.00");
    }
  }

  /** {@return input {@code name} as a day} */
  public LocalDate date(String name) {
    String text = text(name);
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.of("--" + name, text, "不是日期 / is not a day YYYY-MM-DD");
    }
  }

  private String text(String name) {
    if (!declared.containsKey(name)) {
      throw new IllegalArgumentException("the example declares no input " + name);
    }
    return values.get(name);
  }
}
