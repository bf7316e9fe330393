package org.jingzhun.eligibility.prescription;

import org.jingzhun.core.explain.ExplanationText;
import org.jingzhun.core.explain.Language;
import org.jingzhun.eligibility.entitlement.Entitlement;

/**
 * 公示文本 — a prescription as a few lines a clerk can print on the public notice, in Chinese or
 * English: the household, whether poor and its category, its batches, the guarantees it lacks,
 * each entitlement a month and a year (aid paid by term: a year), and the totals.
 */
public final class PrescriptionNotice {
  private PrescriptionNotice() {}

  /**
   * {@return the public notice (公示) of {@code p}: the household, its category and each entitlement
   * with its amounts, and the figures that are not official}
   *
   * @param p the prescription
   * @param l the language of the notice
   */
  public static String render(Prescription p, Language l) {
    boolean zh = l == Language.ZH;
    StringBuilder s = new StringBuilder();
    s.append(zh ? "户编号 " : "Household ").append(p.householdId()).append(zh ? "（" : " (").append(p.date())
        .append(zh ? "）\n" : ")\n");
    s.append(zh ? "识别结果：" : "Identification: ")
        .append(p.identification().category().map(c -> c.label(l)).orElse(zh ? "非贫困户" : "not poor"))
        .append(zh ? "；人均纯收入 " : "; per-capita net income ").append(p.identification().perCapitaNetIncome())
        .append(zh ? " 元，识别标准 " : " yuan, line ").append(p.identification().line()).append(zh ? " 元\n" : " yuan\n");
    p.identification().monitoring().ifPresent(m -> s.append(zh ? "监测对象：" : "Monitoring: ").append(m.label(l)).append('\n'));
    s.append(zh ? "帮扶路径：" : "Batch: ").append(p.batch().primary().label(l));
    p.batch().secondary().ifPresent(b -> s.append(zh ? "；辅助：" : "; secondary: ").append(b.label(l)));
    s.append('\n');
    if (!p.missingGuarantees().isEmpty()) {
      s.append(zh ? "“三保障”短板：" : "Guarantees lacking: ").append(ExplanationText.format(p.missingGuarantees(), l)).append('\n');
    }
    for (Entitlement e : p.entitlements()) {
      s.append("  ").append(e.kind().label(l));
      e.memberId().ifPresent(m -> s.append(" [").append(m).append(']'));
      switch (e.payment()) {
        case ONE_OFF -> s.append(zh ? "：一次性 " : ": once ").append(e.yearly()).append(zh ? " 元\n" : " yuan\n");
        case YEARLY -> s.append(zh ? "：每年 " : ": ").append(e.yearly()).append(zh ? " 元（按学期发放）\n" : " yuan a year, paid by term\n");
        case MONTHLY -> s.append(zh ? "：每月 " : ": ").append(e.monthly()).append(zh ? " 元，每年 " : " yuan a month, ")
            .append(e.yearly()).append(zh ? " 元\n" : " yuan a year\n");
      }
    }
    p.personalShareCap().ifPresent(c -> s.append(zh ? "县域内住院个人自付不超过 " : "In-county inpatient personal share at most ")
        .append(c.value().movePointRight(2).stripTrailingZeros().toPlainString()).append("%\n"));
    s.append(zh ? "合计：每月 " : "Total: ").append(p.monthlyTotal()).append(zh ? " 元，每年 " : " yuan a month, ")
        .append(p.yearlyTotal()).append(zh ? " 元\n" : " yuan a year\n");
    if (!p.estimatedOrUnverified().isEmpty()) {
      s.append(zh ? "说明：以下政策参数为估算或待核实数字，非官方文件所定：" : "Note: these policy figures are estimated or unverified, not set by an official document: ")
          .append(String.join(", ", p.estimatedOrUnverified())).append('\n');
    }
    return s.toString();
  }
}
