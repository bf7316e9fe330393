package org.jingzhun.core.json;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Generated bad inputs for the value types, as JSON numbers and as text: each is refused with a
 * violation at its field, never another exception, and a number always reads as its text does.
 */
class ValueTypeProperties {

  /** Whether reading {@code json} into {@code field} is refused with one violation at that field. */
  private static boolean refusedAt(String field, String json) {
    try {
      Values.read(field, json);
      return false;
    } catch (ValidationException e) {
      return e.violations().size() == 1 && e.violations().get(0).path().equals(field);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The outcome of reading: the value, or the violation's message. */
  private static Object outcome(String field, String json, Function<Values, Optional<?>> value) {
    try {
      return value.apply(Values.read(field, json)).orElseThrow();
    } catch (ValidationException e) {
      return e.violations().get(0).message();
    }
  }

  @Test
  void everyAmountReadsTheSameAsANumberAndAsText() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .check(fen -> {
          String yuan = BigDecimal.valueOf(fen, 2).toPlainString();
          return Values.read("amount", yuan).amount().orElseThrow().equals(Money.ofFen(fen))
              && Values.read("amount", quoted(yuan)).amount().orElseThrow().equals(Money.ofFen(fen));
        });
  }

  @Test
  void anAmountWithAFractionOfAFenIsRefusedInBothForms() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(1, 9))
        .check((fen, thousandth) -> {
          String yuan = BigDecimal.valueOf(fen, 2).toPlainString() + thousandth;
          return refusedAt("amount", yuan) && refusedAt("amount", quoted(yuan));
        });
  }

  @Test
  void anAmountBeyondTheInputBoundIsRefusedInBothForms() {
    qt().forAll(longs().between(1_000_000_000_001L, Long.MAX_VALUE), integers().between(0, 1))
        .check((fen, sign) -> {
          String yuan = BigDecimal.valueOf(sign == 0 ? fen : -fen, 2).toPlainString();
          return refusedAt("amount", yuan) && refusedAt("amount", quoted(yuan));
        });
  }

  @Test
  void aShareOutsideZeroToOneIsRefusedInBothForms() {
    qt().forAll(bigDecimals().ofBytes(8).withScale(4))
        .assuming(d -> d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)
        .check(d -> refusedAt("share", d.toPlainString()) && refusedAt("share", quoted(d.toPlainString())));
  }

  @Test
  void aShareInsideZeroToOneReadsTheSameInBothForms() {
    qt().forAll(integers().between(0, 10_000))
        .check(bp -> {
          String s = BigDecimal.valueOf(bp, 4).toPlainString();
          Share share = Share.of(BigDecimal.valueOf(bp, 4));
          return Values.read("share", s).share().orElseThrow().equals(share)
              && Values.read("share", quoted(s)).share().orElseThrow().equals(share);
        });
  }

  @Test
  void aNegativeOrAboveOneRateIsRefusedInBothForms() {
    qt().forAll(bigDecimals().ofBytes(8).withScale(6))
        .assuming(d -> d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)
        .check(d -> refusedAt("rate", d.toPlainString()) && refusedAt("rate", quoted(d.toPlainString())));
  }

  @Test
  void aRegionCodeOfAnyOtherLengthIsRefusedInBothForms() {
    qt().forAll(longs().between(0, 999_999_999_999_999L))
        .assuming(n -> {
          int digits = Long.toString(n).length();
          return digits != 6 && digits != 9 && digits != 12;
        })
        .check(n -> refusedAt("region", Long.toString(n)) && refusedAt("region", quoted(Long.toString(n))));
  }

  @Test
  void aNumberIsNeverADate() {
    qt().forAll(longs().all()).check(n -> refusedAt("date", Long.toString(n)));
  }

  @Test
  void anyTextIsADateItsFactoryReadsOrAViolationAtTheField() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .check(text -> {
          Object read = outcome("date", quoted(text), Values::date);
          return read instanceof String || read.toString().equals(text);
        });
  }

  @Test
  void anyTextIsAnAmountOrRegionItsFactoryReadsOrAViolationAtTheField() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 14))
        .check(text -> (outcome("amount", quoted(text), Values::amount) != null)
            && (outcome("region", quoted(text), Values::region) != null)
            && (outcome("share", quoted(text), Values::share) != null)
            && (outcome("rate", quoted(text), Values::rate) != null)
            && (outcome("ratio", quoted(text), Values::ratio) != null));
  }
}
