package org.jingzhun.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyBookTestFixture;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  static final Term GAP_RULE = Term.of("dibaoGap", "低保补差", "dibao gap top-up");
  static final Term INCOME = Term.of("perCapitaIncome", "人均收入", "per-capita income");
  static final Term GAP = Term.of("gap", "补差额", "gap");
  static final Term BELOW = Term.of("belowStandard", "收入低于低保标准", "income is below the standard");

  /** A toy rule, written as calculators are: it reports to the trace it is given. */
  static Money gap(Money income, PolicyBook book, Trace trace) {
    var standard = book.get("dibao.standard", RegionCode.of("511902"), LocalDate.of(2016, 1, 1));
    trace.input(INCOME, income).parameter(standard);
    Money gap = standard.money().minus(income).max(Money.ZERO);
    if (gap.isPositive()) {
      trace.note(BELOW);
    }
    trace.amount(GAP, gap).result(gap);
    return gap;
  }

  @Test
  void theOffTraceIsOneSharedInstanceThatRecordsNothing() {
    Trace off = Trace.off();
    assertFalse(off.isOn());
    assertSame(off, off.rule(GAP_RULE));
    assertSame(off, off.input(INCOME, Money.ZERO).amount(GAP, Money.ZERO).note(BELOW).result(1));
  }

  @Test
  void aRecordedExplanationRendersInChineseAndEnglish() {
    RecordingTrace t = Trace.recording(GAP_RULE);
    Money gap = gap(Money.ofYuan("150"), PolicyBookTestFixture.book(), t);
    assertEquals(Money.ofYuan("40"), gap); // 190 - 150
    Explanation e = t.explanation();
    String zh = ExplanationText.render(e, Language.ZH);
    String en = ExplanationText.render(e, Language.EN);
    assertTrue(zh.contains("低保补差") && zh.contains("人均收入 = 150.00") && zh.contains("dibao.standard [510000] = 190.00")
        && zh.contains("收入低于低保标准") && zh.contains("结果: 40.00"), zh);
    assertTrue(en.contains("input: per-capita income = 150.00") && en.contains("official document")
        && en.contains("result: 40.00"), en);
  }

  @Test
  void nestedRulesAreIndentedAndFindable() {
    RecordingTrace t = Trace.recording(Term.of("prescription", "处方", "prescription"));
    gap(Money.ofYuan("100"), PolicyBookTestFixture.book(), t.rule(GAP_RULE));
    Explanation e = t.explanation();
    assertTrue(e.find(GAP_RULE).isPresent());
    assertTrue(ExplanationText.render(e, Language.EN).contains("\n  dibao gap top-up\n"));
  }

  @Test
  void anExplanationWritesAsJson() {
    RecordingTrace t = Trace.recording(GAP_RULE);
    gap(Money.ofYuan("150"), PolicyBookTestFixture.book(), t);
    String json = JingzhunJson.write(t.explanation());
    assertTrue(json.contains("\"rule\" : \"dibaoGap\"") && json.contains("\"result\" : \"40.00\""), json);
  }
}
