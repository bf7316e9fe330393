package org.jingzhun.eligibility.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The public notice of a prescription, line by line, in both languages: a dibao family in a grade C
 * house on 2021-12-15 (line of 2020: 4,000; Sichuan dibao 415 a month), and a household above the
 * line. The amounts are worked in the comments.
 */
class PrescriptionNoticeTest {
  private static final LocalDate DATE = LocalDate.of(2021, 12, 15);

  private static Household family() {
    return Fixtures.household("7000", 0).housing(HousingSafetyGrade.C)
        .addMembers(Fixtures.adult("P1").build())
        .addMembers(Fixtures.adult("P2").disabilityGrade(2).labourCapacity(LabourCapacity.NONE).build())
        .addMembers(Fixtures.child("C1", LocalDate.of(2009, 3, 1)).schoolStage(SchoolStage.JUNIOR_MIDDLE).boarding(true).build())
        .addCauses(PovertyCause.DISABILITY).build();
  }

  // 7,000 / 3 = 2,333.33 a head < 4,000: poor; 7,000 < 415 × 12 × 3 = 14,940: dibao.
  // top-up 415 × 3 − 7,000 / 12 = 1,245 − 583.33 = 661.67 a month, × 12 = 7,940.04 a year;
  // junior-middle boarder 1,250 and nutrition 800 a year, fees waived (0); grade C renovation 20,000 once;
  // a year 7,940.04 + 1,250 + 800 + 20,000 = 29,990.04
  private static final Prescription FAMILY = PrescriptionRules.compute(PrescriptionCase.of(family()), PolicyBook.shipped(), DATE);

  @Test
  void theNoticeInChinese() {
    // the premium subsidy (资助参保) of a dibao household in 2021: the personal premium 320 ×
    // Sichuan's dibao share 0.5 = 160.00 a member, three members = 480.00; 29,990.04 + 480.00 = 30,470.04
    assertEquals("""
        户编号 H1（2021-12-15）
        识别结果：低保贫困户；人均纯收入 2333.33 元，识别标准 4000.00 元
        帮扶路径：社会保障兜底一批；辅助：发展生产和就业脱贫一批
        “三保障”短板：住房不安全（C级或D级危房）
          低保金（补差或分档）：每月 661.67 元，每年 7940.04 元
          教育：免除学杂费 [C1]：每年 0.00 元（按学期发放）
          教育：生活补助 [C1]：每年 1250.00 元（按学期发放）
          教育：营养膳食补助 [C1]：每年 800.00 元（按学期发放）
          危房改造补助（一次性）：一次性 20000.00 元
          医疗：资助参保（个人缴费） [P1]：每年 160.00 元（按学期发放）
          医疗：资助参保（个人缴费） [P2]：每年 160.00 元（按学期发放）
          医疗：资助参保（个人缴费） [C1]：每年 160.00 元（按学期发放）
        县域内住院个人自付不超过 10%
        合计：每月 661.67 元，每年 30470.04 元
        说明：以下政策参数为估算或待核实数字，非官方文件所定：\
        """ + String.join(", ", FAMILY.estimatedOrUnverified()) + "\n",
        PrescriptionNotice.render(FAMILY, Language.ZH));
  }

  @Test
  void theNoticeInEnglish() {
    assertEquals("""
        Household H1 (2021-12-15)
        Identification: dibao poor household; per-capita net income 2333.33 yuan, line 4000.00 yuan
        Batch: social-security floor; secondary: production and employment
        Guarantees lacking: unsafe housing (grade C or D)
          dibao top-up: 661.67 yuan a month, 7940.04 yuan a year
          education: fees waived [C1]: 0.00 yuan a year, paid by term
          education: living allowance [C1]: 1250.00 yuan a year, paid by term
          education: nutrition subsidy [C1]: 800.00 yuan a year, paid by term
          dilapidated-house renovation grant (once): once 20000.00 yuan
          medical: premium subsidy (personal contribution) [P1]: 160.00 yuan a year, paid by term
          medical: premium subsidy (personal contribution) [P2]: 160.00 yuan a year, paid by term
          medical: premium subsidy (personal contribution) [C1]: 160.00 yuan a year, paid by term
        In-county inpatient personal share at most 10%
        Total: 661.67 yuan a month, 30470.04 yuan a year
        Note: these policy figures are estimated or unverified, not set by an official document: \
        """ + String.join(", ", FAMILY.estimatedOrUnverified()) + "\n", PrescriptionNotice.render(FAMILY, Language.EN));
  }

  @Test
  void aHouseholdAboveTheLineIsNotPoorAndGetsNothing() {
    // 30,000 / 2 = 15,000 a head, above 4,000: not poor, no deficit, no grant
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(Fixtures.household("30000", 2).build()), PolicyBook.shipped(), DATE);
    String zh = PrescriptionNotice.render(p, Language.ZH);
    String en = PrescriptionNotice.render(p, Language.EN);
    assertEquals("识别结果：非贫困户；人均纯收入 15000.00 元，识别标准 4000.00 元", zh.lines().toList().get(1));
    assertEquals("Identification: not poor; per-capita net income 15000.00 yuan, line 4000.00 yuan", en.lines().toList().get(1));
    assertEquals(5, zh.lines().count(), zh);
    assertEquals("合计：每月 0.00 元，每年 0.00 元", zh.lines().toList().get(3));
    assertEquals("Total: 0.00 yuan a month, 0.00 yuan a year", en.lines().toList().get(3));
  }
}
