package org.jingzhun.finance;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LprTenor;
import org.jingzhun.finance.loan.RateReset;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;
import org.jingzhun.finance.risk.Coverage;
import org.jingzhun.finance.risk.LedgerEntryKind;
import org.jingzhun.finance.risk.PartyKind;
import org.jingzhun.finance.risk.ShortfallRule;
import org.jingzhun.finance.risk.SuspensionReason;
import org.jingzhun.finance.schedule.PeriodStatus;
import org.jingzhun.finance.subsidy.ForfeitFrom;
import org.jingzhun.finance.subsidy.Ineligibility;
import org.jingzhun.finance.subsidy.SubsidisedRate;
import org.jingzhun.finance.subsidy.SubsidyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enumeration of the finance rules carries a Chinese and an English label. */
class LabelsTest {

  static Stream<Labelled> labelled() {
    return Stream.of(BenchmarkTerm.values(), BreachKind.values(), DayCount.values(), Frequency.values(),
            LprTenor.values(), RateReset.values(), RepaymentMethod.values(), SettlementRule.values(), Coverage.values(),
            LedgerEntryKind.values(), PartyKind.values(), ShortfallRule.values(), SuspensionReason.values(),
            PeriodStatus.values(), ForfeitFrom.values(), Ineligibility.values(), SubsidisedRate.values(),
            SubsidyStatus.values())
        .flatMap(values -> Stream.of((Labelled[]) values));
  }

  @ParameterizedTest
  @MethodSource("labelled")
  void everyValueHasAChineseAndAnEnglishLabel(Labelled value) {
    assertFalse(value.chinese().isBlank(), value + " has no Chinese label");
    assertFalse(value.english().isBlank(), value + " has no English label");
  }
}
