package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Each unit's values read from a parameter file, through {@link Reading}'s typed getters, and the values each unit refuses. */
class UnitValuesTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static String parameter(String name, Unit unit, String value) {
    return "  " + name + ":\n"
        + "    unit: " + unit.name() + "\n"
        + "    description: {zh: 参数, en: parameter}\n"
        + "    values:\n"
        + "      \"000000\": [{from: 2015-01-01, value: " + value + ", source: {issuer: a, title: b, confidence: DOCUMENT}}]\n";
  }

  private static Reading read(Unit unit, String value) {
    PolicyBook book = PolicyBook.load(new PolicyFile("u.yaml", "parameters:\n" + parameter("p", unit, value)));
    return book.get("p", RegionCode.NATION, DAY);
  }

  /** The one violation of a file whose parameter p has {@code value}; its entry is line 6. */
  private static Violation refused(Unit unit, String value) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyBook.load(new PolicyFile("u.yaml", "parameters:\n" + parameter("p", unit, value))));
    assertEquals(1, e.violations().size(), e.violations().toString());
    assertEquals("u.yaml:6", e.violations().get(0).path());
    return e.violations().get(0);
  }

  /** The message of the one violation, without the "parameter p, region 000000: " it starts with. */
  private static String refusal(Unit unit, String value) {
    String m = refused(unit, value).message();
    String prefix = "parameter p, region 000000: ";
    assertTrue(m.startsWith(prefix), m);
    return m.substring(prefix.length());
  }

  @Test
  void eachUnitReadsItsOwnKindOfValue() {
    assertEquals(AnnualRate.parse("4.35%"), read(Unit.ANNUAL_RATE, "\"4.35%\"").rate());
    assertEquals(Ratio.of(4, 3, 2, 1), read(Unit.RATIO, "\"4:3:2:1\"").ratio());
    assertEquals(new BigDecimal("1.5"), read(Unit.MULTIPLE, "1.5").decimal());
    assertEquals(25, read(Unit.COUNT, "25").integer());
    assertTrue(read(Unit.FLAG, "true").flag());
    assertFalse(read(Unit.FLAG, "false").flag());
    assertEquals(LocalDate.of(2016, 3, 1), read(Unit.DATE, "2016-03-01").date());
    assertEquals(RoundingMode.HALF_EVEN, read(Unit.ROUNDING, "half_even").rounding());
    assertEquals("按户施策", read(Unit.TEXT, "按户施策").text());
  }

  @Test
  void aReadingOfTheWrongTypeNamesTheUnit() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(Unit.COUNT, "25").money());
    assertEquals("parameter p has unit COUNT, not a Money", e.getMessage());
  }

  @Test
  void aFlagMustBeTrueOrFalseNotText() {
    assertEquals("'true' is not a value of unit FLAG", refusal(Unit.FLAG, "\"true\""));
  }

  @Test
  void zeroIsAllowedAndANegativeValueIsNot() {
    assertEquals(0, read(Unit.DAYS, "0").integer());
    assertEquals(BigDecimal.ZERO, read(Unit.MULTIPLE, "0").decimal());
    assertEquals("'-1' is negative; a days value of a policy is zero or more", refusal(Unit.DAYS, "-1"));
    assertEquals("'-0.5' is negative; a multiple value of a policy is zero or more",
        refusal(Unit.MULTIPLE, "-0.5"));
    assertEquals("'-1' is negative; a yuan per person a month value of a policy is zero or more",
        refusal(Unit.YUAN_PER_PERSON_MONTH, "-1"));
  }

  @Test
  void aSingleValueUnitRefusesAListOrAMapping() {
    assertEquals("a count value must be a single value, not a list", refusal(Unit.COUNT, "[1, 2]"));
    assertEquals("a count value must be a single value, not a mapping", refusal(Unit.COUNT, "{a: 1}"));
  }

  @Test
  void aTableMustBeAMappingOrAList() {
    assertEquals("a table value must be a mapping or a list", refusal(Unit.TABLE, "3"));
    assertTrue(read(Unit.TABLE, "[1, 2]").value() instanceof com.fasterxml.jackson.databind.JsonNode);
  }

  @Test
  void aMissingValueIsReportedOnce() {
    assertEquals("'value' is required", refusal(Unit.COUNT, "null"));
  }

  @Test
  void unitsHaveChineseAndEnglishLabels() {
    assertEquals("年利率", Unit.ANNUAL_RATE.chinese());
    assertEquals("annual rate", Unit.ANNUAL_RATE.english());
    assertEquals(List.of(Unit.values()).size(), 19);
  }
}
