package org.jingzhun.examples.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.allocation.Allocation;
import org.jingzhun.examples.allocation.AllocationPart;
import org.jingzhun.examples.allocation.AllocationRequest;
import org.jingzhun.examples.allocation.MoneyAllocations;
import org.junit.jupiter.api.Test;

class MoneyAllocationsProperties {
  private static final Situation SITUATION = new Situation(PolicyBook.load(), LocalDate.of(2019, 6, 1), RegionCode.NATION);

  private static Allocation split(long fen, long a, long b, long c) {
    return MoneyAllocations.compute(
        AllocationRequest.builder().amount(Money.ofFen(fen)).ratio(Ratio.of(a, b, c)).build(), SITUATION);
  }

  @Test
  void thePartsAddBackToTheAmount() {
    qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 100),
            integers().between(0, 100), integers().between(1, 100))
        .checkAssert((fen, a, b, c) -> assertEquals(Money.ofFen(fen),
            Money.sum(split(fen, a, b, c).parts().stream().map(AllocationPart::amount).toList())));
  }

  @Test
  void explainingGivesTheSameAllocationAsComputing() {
    qt().forAll(longs().between(0, 1_000_000_000L), integers().between(1, 9), integers().between(1, 9))
        .checkAssert((fen, a, b) -> {
          AllocationRequest request = AllocationRequest.builder().amount(Money.ofFen(fen)).ratio(Ratio.of(a, b)).build();
          assertEquals(MoneyAllocations.compute(request, SITUATION), MoneyAllocations.explain(request, SITUATION).value());
        });
  }
}
