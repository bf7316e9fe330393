package org.jingzhun.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.policy.PolicyBookTestFixture;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

/** How {@link ExplanationText} writes each kind of value, and its note on unofficial parameters. */
class ExplanationFormatTest {
  private static final Term RULE = Term.of("rule", "规则", "rule");

  @Test
  void aLabelledValueIsWrittenByItsLabel() {
    assertEquals("未脱贫", ExplanationText.format(RegistrationStatus.POOR, Language.ZH));
    assertEquals("poor (not yet exited)", ExplanationText.format(RegistrationStatus.POOR, Language.EN));
  }

  @Test
  void aFlagIsWrittenAsYesOrNo() {
    assertEquals("是", ExplanationText.format(true, Language.ZH));
    assertEquals("否", ExplanationText.format(false, Language.ZH));
    assertEquals("yes", ExplanationText.format(true, Language.EN));
    assertEquals("no", ExplanationText.format(false, Language.EN));
  }

  @Test
  void aCollectionIsJoinedWithTheLanguagesSeparator() {
    List<RegistrationStatus> both = List.of(RegistrationStatus.POOR, RegistrationStatus.EXITED);
    assertEquals("未脱贫、已脱贫", ExplanationText.format(both, Language.ZH));
    assertEquals("poor (not yet exited), exited", ExplanationText.format(both, Language.EN));
  }

  @Test
  void aDecimalIsWrittenPlainAndAnUnlabelledEnumInLowerCase() {
    assertEquals("10", ExplanationText.format(new BigDecimal("1E+1"), Language.EN));
    assertEquals("half_up", ExplanationText.format(RoundingMode.HALF_UP, Language.EN));
    assertEquals("7", ExplanationText.format(7, Language.EN));
  }

  @Test
  void anExplanationThatReadAnUnverifiedValueSaysSoAtTheEnd() {
    // Bazhou's own standard from 2019-07-01 is UNVERIFIED in the planted book.
    RecordingTrace t = Trace.recording(RULE);
    t.parameter(PolicyBookTestFixture.book().get("dibao.standard", RegionCode.of("511902"), LocalDate.of(2019, 8, 1)));
    String en = ExplanationText.render(t.explanation(), Language.EN);
    assertTrue(en.endsWith("Note: these parameters' values are estimated or unverified, not official figures: dibao.standard\n"), en);
    String zh = ExplanationText.render(t.explanation(), Language.ZH);
    assertTrue(zh.endsWith("注意：以下参数的取值为估算或待核实，非官方数字：dibao.standard\n"), zh);
  }

  @Test
  void anExplanationFromOfficialValuesHasNoNote() {
    RecordingTrace t = Trace.recording(RULE);
    t.parameter(PolicyBookTestFixture.book().get("dibao.standard", RegionCode.of("511902"), LocalDate.of(2019, 1, 1)));
    assertFalse(ExplanationText.render(t.explanation(), Language.EN).contains("Note:"));
  }
}
