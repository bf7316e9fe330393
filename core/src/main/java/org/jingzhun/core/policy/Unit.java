package org.jingzhun.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;

/**
 * 单位 — the unit of a policy parameter, which fixes the Java type of its values and how they
 * are written in a parameter file.
 */
public enum Unit implements Labelled {
  /** 元 — yuan. */
  YUAN("元", "yuan", Kind.MONEY),
  /** 元/月 — yuan a month. */
  YUAN_PER_MONTH("元/月", "yuan a month", Kind.MONEY),
  /** 元/年 — yuan a year. */
  YUAN_PER_YEAR("元/年", "yuan a year", Kind.MONEY),
  /**
   * Per person a month; a value may also be written per year ({@code 3600 a year}) when that is
   * how the document publishes it, and is kept so ({@link PeriodicAmount}).
   */
  YUAN_PER_PERSON_MONTH("元/人·月", "yuan per person a month", Kind.PERIODIC),
  /** 元/人·年 — yuan per person a year. */
  YUAN_PER_PERSON_YEAR("元/人·年", "yuan per person a year", Kind.MONEY),
  /** 年利率 — annual rate. */
  ANNUAL_RATE("年利率", "annual rate", Kind.RATE),
  /** 比例 — share. */
  SHARE("比例", "share", Kind.SHARE),
  /** 分担比例 — ratio. */
  RATIO("分担比例", "ratio", Kind.RATIO),
  /** 倍 — multiple. */
  MULTIPLE("倍", "multiple", Kind.DECIMAL),
  /** 平方米 — square metres. */
  SQUARE_METRES("平方米", "square metres", Kind.DECIMAL),
  /** 个 — count. */
  COUNT("个", "count", Kind.INTEGER),
  /** 天 — days. */
  DAYS("天", "days", Kind.INTEGER),
  /** 月 — months. */
  MONTHS("月", "months", Kind.INTEGER),
  /** 年 — years. */
  YEARS("年", "years", Kind.INTEGER),
  /** 是否 — yes or no. */
  FLAG("是否", "yes or no", Kind.FLAG),
  /** 日期 — date. */
  DATE("日期", "date", Kind.DATE),
  /** 舍入方式 — rounding mode. */
  ROUNDING("舍入方式", "rounding mode", Kind.ROUNDING),
  /** 文本 — text. */
  TEXT("文本", "text", Kind.TEXT),
  /** 表 — table. */
  TABLE("表", "table", Kind.TABLE);

  /** The Java type of a unit's values. */
  enum Kind {
    MONEY(Money.class, "金额", "an amount of money"),
    PERIODIC(PeriodicAmount.class, "按月或按年的金额", "an amount a month or a year"),
    RATE(AnnualRate.class, "年利率", "an annual rate"),
    SHARE(Share.class, "比例", "a share"),
    RATIO(Ratio.class, "分担比例", "a ratio"),
    DECIMAL(BigDecimal.class, "小数", "a decimal number"),
    INTEGER(Integer.class, "整数", "a whole number"),
    FLAG(Boolean.class, "是否", "yes or no"),
    DATE(java.time.LocalDate.class, "日期", "a date"),
    ROUNDING(RoundingMode.class, "舍入方式", "a rounding mode"),
    TEXT(String.class, "文本", "text"),
    TABLE(JsonNode.class, "表", "a table");

    final Class<?> type;
    final String chinese;
    final String english;

    Kind(Class<?> type, String chinese, String english) {
      this.type = type;
      this.chinese = chinese;
      this.english = english;
    }
  }

  private final String chinese;
  private final String english;
  private final Kind kind;

  Unit(String chinese, String english, Kind kind) {
    this.chinese = chinese;
    this.english = english;
    this.kind = kind;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }

  /** The kind of value this unit gives. */
  Kind kind() {
    return kind;
  }

  /** {@return the Java type of this unit's values} */
  public Class<?> valueType() {
    return kind.type;
  }

  /**
   * Reads a value of this unit from a parameter file.
   *
   * @param node the value as the file gives it; present and not null (the loader reports a missing value itself)
   * @return the value, of this unit's Java type
   * @throws IllegalArgumentException with a message for the file's author if it is not one
   */
  Object read(JsonNode node) {
    if (kind == Kind.TABLE) {
      if (!node.isContainerNode()) {
        throw new IllegalArgumentException("a table value must be a mapping or a list");
      }
      return node;
    }
    if (node.isContainerNode()) {
      throw new IllegalArgumentException("a " + english + " value must be a single value, not a " + (node.isArray() ? "list" : "mapping"));
    }
    String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    Object value = parse(node, text);
    if (isNegative(value)) {
      throw new IllegalArgumentException("'" + text + "' is negative; a " + english + " value of a policy is zero or more");
    }
    return value;
  }

  private static boolean isNegative(Object value) {
    return value instanceof Money m && m.isNegative()
        || value instanceof PeriodicAmount a && a.isNegative()
        || value instanceof BigDecimal d && d.signum() < 0
        || value instanceof Integer i && i < 0;
  }

  private Object parse(JsonNode node, String text) {
    try {
      return switch (kind) {
        case MONEY -> Money.ofYuan(text);
        case PERIODIC -> PeriodicAmount.parse(text, PeriodicAmount.Per.MONTH);
        case RATE -> AnnualRate.parse(text);
        case SHARE -> Share.parse(text);
        case RATIO -> Ratio.parse(text);
        case DECIMAL -> new BigDecimal(text);
        case INTEGER -> Integer.parseInt(text);
        case FLAG -> readFlag(node, text);
        case DATE -> java.time.LocalDate.parse(text);
        case ROUNDING -> RoundingMode.valueOf(text.toUpperCase(Locale.ROOT));
        case TEXT -> text;
        case TABLE -> throw new AssertionError();
      };
    } catch (org.jingzhun.core.validation.ValidationException e) {
      throw new IllegalArgumentException("'" + text + "' is not a value of unit " + name() + ": "
          + e.violations().get(0).message(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a value of unit " + name(), e);
    }
  }

  private static Boolean readFlag(JsonNode node, String text) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw new IllegalArgumentException(text);
  }
}
