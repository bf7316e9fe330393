package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.PeriodicAmount.Per;
import org.junit.jupiter.api.Test;

/** {@link PeriodicAmount}: its parts, scaling, value semantics and JSON text. */
class PeriodicAmountTest {

  @Test
  void parsesAnAmountAndItsPeriod() {
    PeriodicAmount a = PeriodicAmount.parse("3,600 a year", Per.MONTH);
    assertEquals(Money.ofYuan("3600"), a.amount());
    assertEquals(Per.YEAR, a.per());
    assertEquals(Per.MONTH, PeriodicAmount.parse("300", Per.MONTH).per());
  }

  @Test
  void scalesTheAmountAndKeepsThePeriod() {
    // 300.00 a month * 1.1 = 330.00 a month.
    assertEquals(PeriodicAmount.of(Money.ofYuan("330.00"), Per.MONTH),
        PeriodicAmount.of(Money.ofYuan("300.00"), Per.MONTH).times(new BigDecimal("1.1"), RoundingMode.HALF_UP));
  }

  @Test
  void equalsByAmountAndPeriod() {
    PeriodicAmount a = PeriodicAmount.of(Money.ofYuan("300"), Per.MONTH);
    assertEquals(a, PeriodicAmount.parse("300 a month", Per.YEAR));
    assertEquals(Objects.hash(Money.ofYuan("300"), Per.MONTH), a.hashCode());
    assertNotEquals(a, PeriodicAmount.of(Money.ofYuan("300"), Per.YEAR));
    assertNotEquals(a, PeriodicAmount.of(Money.ofYuan("301"), Per.MONTH));
    assertFalse(a.equals("300.00 a month"));
  }

  @Test
  void readsFromJsonTextWithAMonthWhenNoPeriodIsStated() {
    assertEquals(PeriodicAmount.of(Money.ofYuan("300"), Per.MONTH), JingzhunJson.read("\"300\"", PeriodicAmount.class));
    assertEquals(PeriodicAmount.of(Money.ofYuan("3600"), Per.YEAR),
        JingzhunJson.read("\"3600 a year\"", PeriodicAmount.class));
    assertEquals("\"300.00 a month\"", JingzhunJson.write(PeriodicAmount.of(Money.ofYuan("300"), Per.MONTH)));
  }

  @Test
  void onlyANegativeAmountIsNegative() {
    assertTrue(PeriodicAmount.of(Money.ofYuan("-1"), Per.MONTH).isNegative());
    assertFalse(PeriodicAmount.of(Money.ZERO, Per.MONTH).isNegative());
  }
}
