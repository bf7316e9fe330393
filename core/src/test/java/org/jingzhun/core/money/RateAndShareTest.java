package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateAndShareTest {

  @Test
  void parsesARateInPercentBasisPointsOrFraction() {
    AnnualRate r = AnnualRate.parse("4.75%");
    assertEquals(new BigDecimal("0.0475"), r.fraction());
    assertEquals(r, AnnualRate.parse("475bp"));
    assertEquals(r, AnnualRate.parse("0.0475"));
    assertEquals(r, AnnualRate.ofBasisPoints(475));
    assertEquals("4.75%", r.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1%", "abc", "4.75%%", ""})
  void rejectsANegativeOrMalformedRate(String text) {
    assertThrows(ValidationException.class, () -> AnnualRate.parse(text));
  }

  @Test
  void parsesAShareAsDecimalOrPercent() {
    assertEquals(Share.parse("0.4"), Share.parse("40%"));
    assertEquals(new BigDecimal("0.7"), Share.parse("70%").value());
    assertEquals(Share.parse("0.3"), Share.parse("0.7").complement());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.01", "-0.1", "140%", "x"})
  void rejectsASharOutsideZeroToOne(String text) {
    assertThrows(ValidationException.class, () -> Share.parse(text));
  }

  @Test
  void parsesARatioOfWholeNumbers() {
    Ratio r = Ratio.parse("4:3:2:1");
    assertEquals(List.of(BigInteger.valueOf(4), BigInteger.valueOf(3), BigInteger.valueOf(2), BigInteger.ONE), r.weights());
    assertEquals("4:3:2:1", r.toString());
    assertEquals(new BigDecimal("0.4"), r.approximateShare(0));
  }

  @Test
  void turnsDecimalSharesIntoAnExactRatio() {
    assertEquals(Ratio.of(6, 4), Ratio.ofShares(List.of(Share.parse("0.6"), Share.parse("0.4"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4:-3", "0:0", "a:b", "4:3.5", ""})
  void rejectsABadRatio(String text) {
    assertThrows(ValidationException.class, () -> Ratio.parse(text));
  }

  @Test
  void aRatioReportsEveryNegativePart() {
    ValidationException e = assertThrows(ValidationException.class, () -> Ratio.of(-1, 2, -3));
    assertEquals(List.of("[0]", "[2]"), e.violations().stream().map(v -> v.path()).toList());
  }
}
