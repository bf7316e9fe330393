package org.jingzhun.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyBookTestFixture;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

/** A {@link RecordingTrace} chains, and its explanation finds nested rules and unofficial values at any depth. */
class RecordingTraceTest {
  private static final Term TOP = Term.of("top", "顶", "top");
  private static final Term CHILD = Term.of("child", "子", "child");
  private static final Term OTHER = Term.of("other", "他", "other");
  private static final RegionCode BAZHOU = RegionCode.of("511902");

  @Test
  void everyRecordingCallReturnsTheSameTrace() {
    RecordingTrace t = Trace.recording(TOP);
    assertTrue(t.isOn());
    PolicyBook book = PolicyBookTestFixture.book();
    assertSame(t, t.parameter(book.get("dibao.standard", BAZHOU, LocalDate.of(2016, 1, 1))));
    assertSame(t, t.note(CHILD));
    assertSame(t, t.result(1));
  }

  @Test
  void anUnofficialValueReadInANestedRuleIsListedOnceAtTheTop() {
    // The child reads Bazhou's UNVERIFIED 380 (from 2019-07-01) twice and Sichuan's official cap once.
    PolicyBook book = PolicyBookTestFixture.book();
    LocalDate day = LocalDate.of(2019, 8, 1);
    RecordingTrace t = Trace.recording(TOP);
    Trace child = t.rule(CHILD);
    child.parameter(book.get("dibao.standard", BAZHOU, day)).parameter(book.get("health.share.cap", BAZHOU, day));
    child.parameter(book.get("dibao.standard", BAZHOU, day));
    Explanation e = t.explanation();
    assertEquals(List.of("dibao.standard"), e.unofficialParameters());
    assertEquals(CHILD, e.find(CHILD).orElseThrow().rule());
    assertTrue(e.find(OTHER).isEmpty());
  }
}
