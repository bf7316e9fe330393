package org.jingzhun.planning.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;

class BandTest {

  @Test
  void twentyRunsTakeTheFirstTenthAndNineteenthValue() {
    // nearest rank ⌈p·n/100⌉ with n = 20: p5 → ⌈1⌉ = rank 1, p50 → ⌈10⌉ = rank 10, p95 → ⌈19⌉ = rank 19
    long[] values = LongStream.rangeClosed(1, 20).map(v -> 21 - v).toArray(); // 20, 19, …, 1: unsorted on purpose
    assertEquals(new Band<>(1L, 10L, 19L), Band.of(values, Long::valueOf));
  }

  @Test
  void threeRunsRoundTheRankUp() {
    // n = 3: p5 → ⌈0.15⌉ = 1 → 10; p50 → ⌈1.5⌉ = 2 → 20; p95 → ⌈2.85⌉ = 3 → 30
    assertEquals(new Band<>(10L, 20L, 30L), Band.of(new long[] {30, 10, 20}, Long::valueOf));
  }

  @Test
  void aHundredRunsTakeTheFifthFiftiethAndNinetyFifth() {
    // n = 100: ranks 5, 50, 95 exactly; the values are 100 × rank fen, i.e. rank yuan
    long[] fen = LongStream.rangeClosed(1, 100).map(v -> v * 100).toArray();
    assertEquals(new Band<>(Money.ofYuan(5), Money.ofYuan(50), Money.ofYuan(95)), Band.of(fen, Money::ofFen));
  }

  @Test
  void oneRunIsItsOwnBand() {
    assertEquals(new Band<>(7L, 7L, 7L), Band.of(new long[] {7}, Long::valueOf));
  }

  @Test
  void noRunHasNoBand() {
    assertThrows(IllegalArgumentException.class, () -> Band.of(new long[0], Long::valueOf));
  }

  @Test
  void aBandIsOrderedAndMadeOfTheRunsOwnValues() {
    qt().forAll(lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(1, 60), integers().between(1, 100))
        .checkAssert((list, percent) -> {
          long[] values = list.stream().mapToLong(Long::longValue).toArray();
          Band<Long> b = Band.of(values, Long::valueOf);
          assert b.p5() <= b.p50() && b.p50() <= b.p95();
          long[] sorted = values.clone();
          Arrays.sort(sorted);
          long p = Band.nearestRank(sorted, percent);
          assert Arrays.stream(values).anyMatch(v -> v == p);
          // at least percent % of the values are at most the percentile
          assert Arrays.stream(values).filter(v -> v <= p).count() * 100 >= (long) percent * values.length;
        });
  }
}
