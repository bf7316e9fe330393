package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Table parameters bound to their {@link ParameterKey}s when the book loads; a parameter's description. */
class TableParameterTest {
  private static final ParameterKey<List<Money>> STEPS = ParameterKey.list("steps", Money.class);
  private static final ParameterKey<Map<String, Money>> FEES = ParameterKey.map("fees", String.class, Money.class);
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static String table(String name, String value) {
    return "  " + name + ":\n    unit: TABLE\n    description: {zh: 表, en: table}\n    values:\n"
        + "      \"000000\": [{from: 2015-01-01, until: 2030-01-01, value: " + value
        + ", source: {issuer: a, title: b, confidence: DOCUMENT}}]\n";
  }

  private static PolicyBook book(String steps) {
    return PolicyBook.load(List.of(new PolicyFile("t.yaml", "parameters:\n" + table("steps", steps)
        + table("fees", "{primary: 6, junior: \"12.50\"}"))), List.of(STEPS, FEES));
  }

  @Test
  void aTableIsReadAsItsKeysType() {
    PolicyBook b = book("[\"100.00\", 200]");
    assertEquals(List.of(Money.ofYuan("100"), Money.ofYuan("200")), b.get("steps", RegionCode.NATION, DAY).value(STEPS));
    assertEquals(Map.of("primary", Money.ofYuan("6"), "junior", Money.ofYuan("12.50")), b.get("fees", RegionCode.NATION, DAY).value(FEES));
    assertEquals("steps", STEPS.name());
    assertEquals("steps", STEPS.toString());
  }

  @Test
  void aTableOfWholeNumbersReadsPlainYamlIntegers() {
    ParameterKey<Map<String, Integer>> terms = ParameterKey.map("terms", String.class, Integer.class);
    PolicyBook b = PolicyBook.load(List.of(new PolicyFile("t.yaml", "parameters:\n" + table("terms", "{primary: 2, higher: \"3\"}"))),
        List.of(terms));
    assertEquals(Map.of("primary", 2, "higher", 3), b.get("terms", RegionCode.NATION, DAY).value(terms));
  }

  @Test
  void aTableOfWholeNumbersRefusesAFraction() {
    ParameterKey<Map<String, Integer>> terms = ParameterKey.map("terms", String.class, Integer.class);
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBook.load(
        List.of(new PolicyFile("t.yaml", "parameters:\n" + table("terms", "{primary: 2.5}"))), List.of(terms)));
    assertEquals("t.yaml:6", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("primary"), e.violations().get(0).message());
  }

  @Test
  void aTableOfTheWrongShapeIsRefusedAtLoadWithItsLine() {
    ValidationException e = assertThrows(ValidationException.class, () -> book("[\"1.001\"]"));
    assertEquals(1, e.violations().size(), e.violations().toString());
    assertEquals("t.yaml:6", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().startsWith("parameter steps, region 000000, at [0]: "),
        e.violations().get(0).message());
  }

  @Test
  void aKeyReadsOnlyItsOwnParameter() {
    Reading steps = book("[1]").get("steps", RegionCode.NATION, DAY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> steps.value(FEES));
    assertEquals("the key of fees cannot read parameter steps", e.getMessage());
  }

  @Test
  void aReformMaySetATableToAValueOfItsKeysType() {
    PolicyBook reformed = book("[1]").reform("steps")
        .set("steps", RegionCode.NATION, DAY, List.of(Money.ofYuan("5")), Source.of("a", "b", Confidence.DOCUMENT))
        .build();
    assertEquals(List.of(Money.ofYuan("5")), reformed.get("steps", RegionCode.NATION, DAY).value(STEPS));
  }

  @Test
  void aParameterKnowsItsDescriptionsAndWhetherItIsContinuous() {
    Parameter p = PolicyBookTest.book().parameter("dibao.standard").orElseThrow();
    assertEquals("农村低保标准", p.descriptionZh());
    assertEquals("rural dibao standard", p.descriptionEn());
    assertFalse(p.continuous());
    assertEquals("dibao.standard (YUAN_PER_MONTH)", p.toString());
    // Sichuan has two values, Bazhou one.
    assertEquals(2, p.timelines().get(RegionCode.of("510000")).size());
    assertEquals(1, p.timelines().get(RegionCode.of("511902")).size());
  }

  @Test
  void aValueHoldsItsFirstDayAndNotItsUntilDay() {
    ParameterValue v = PolicyBookTest.book().parameter("dibao.standard").orElseThrow()
        .ownValue(RegionCode.of("510000"), LocalDate.of(2016, 1, 1)).orElseThrow();
    // 2015-07-01 until 2019-01-01
    assertFalse(v.contains(LocalDate.of(2015, 6, 30)));
    assertTrue(v.contains(LocalDate.of(2015, 7, 1)));
    assertTrue(v.contains(LocalDate.of(2018, 12, 31)));
    assertFalse(v.contains(LocalDate.of(2019, 1, 1)));
  }
}
