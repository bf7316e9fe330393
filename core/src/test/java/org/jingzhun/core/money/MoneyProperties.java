package org.jingzhun.core.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyProperties {

  @Test
  void allocationsAddBackToTheWholeAndDifferFromTheExactShareByLessThanAFen() {
    qt().forAll(
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .assuming((fen, weights) -> weights.stream().anyMatch(w -> w > 0))
        .check((fen, weights) -> {
          List<BigInteger> w = weights.stream().map(BigInteger::valueOf).toList();
          List<Money> parts = Money.ofFen(fen).allocate(w);
          BigInteger total = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
          boolean close = true;
          for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(fen).multiply(w.get(i)))
                .divide(new BigDecimal(total), MathContext.DECIMAL128);
            close &= exact.subtract(BigDecimal.valueOf(parts.get(i).fen())).abs().compareTo(BigDecimal.ONE) < 0;
          }
          return Money.sum(parts).fen() == fen && close;
        });
  }

  @Test
  void theLongAndTheBigIntegerAllocationsAgree() {
    qt().forAll(
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .assuming((fen, weights) -> weights.stream().anyMatch(w -> w > 0))
        .check((fen, weights) -> Money.ofFen(fen).allocate(weights.stream().mapToLong(Integer::longValue).toArray())
            .equals(Money.ofFen(fen).allocateExact(weights.stream().map(BigInteger::valueOf).toList())));
  }

  @Test
  void dividingByMembersMatchesExactDecimalDivision() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(1, 20))
        .check((fen, n) -> Money.ofFen(fen).dividedBy(n, java.math.RoundingMode.HALF_UP).fen()
            == BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP).longValueExact());
  }

  @Test
  void additionIsAssociativeAndCommutative() {
    qt().forAll(longs().between(-1L << 60, 1L << 60), longs().between(-1L << 60, 1L << 60), longs().between(-1L << 60, 1L << 60))
        .check((a, b, c) -> {
          Money x = Money.ofFen(a);
          Money y = Money.ofFen(b);
          Money z = Money.ofFen(c);
          return x.plus(y).plus(z).equals(x.plus(y.plus(z))) && x.plus(y).equals(y.plus(x)) && x.plus(y).minus(y).equals(x);
        });
  }

  @Test
  void textFormRoundTrips() {
    qt().forAll(longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L))
        .check(fen -> Money.ofYuan(Money.ofFen(fen).toString()).fen() == fen);
  }

  @Test
  void multiplyingByAShareNeverExceedsTheAmount() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 10_000))
        .check((fen, bp) -> {
          Money m = Money.ofFen(fen);
          Money part = m.times(Share.of(BigDecimal.valueOf(bp, 4)), java.math.RoundingMode.HALF_UP);
          return !part.isNegative() && !part.isGreaterThan(m);
        });
  }
}
