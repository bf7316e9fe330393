package org.jingzhun.eligibility.exit;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.validation.ValidationException;

/**
 * 退出标准 — the set of exit criteria a region applies, chosen by the parameter
 * {@code exit.standard}: the national checklist (厅字〔2016〕16号), or Sichuan's standards, which
 * add to it for a household 一超六有 (income over the line; compulsory education, basic medical
 * care, safe housing, safe drinking water, household electricity, radio and television), for a
 * village 一低五有 (incidence under the threshold; collective income, a hardened road, a clinic, a
 * cultural room, communications) and for a county 一低三有 (incidence under the threshold; in
 * every township a standard central school, a qualified health centre and a convenience
 * service centre).
 */
public enum ExitStandard implements Termed {
  /** 国家退出标准 — the national checklist. */
  NATIONAL("国家贫困退出标准", "the national exit checklist"),
  /** 四川退出标准 — Sichuan's household 一超六有, village 一低五有 and county 一低三有. */
  SICHUAN("四川省退出标准（户一超六有、村一低五有、县一低三有）",
      "Sichuan's exit standards (household: one over, six haves; village: one low, five haves; county: one low, three haves)");

  /** The parameter {@code exit.standard}: the exit criteria set a region applies (退出标准：NATIONAL 或 SICHUAN). */
  public static final ParameterKey<ExitStandard> PARAMETER = ParameterKey.choice("exit.standard", ExitStandard.class);

  private final Term term;

  ExitStandard(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * {@return the standard {@code reading} names}
   *
   * @param reading the reading of {@code exit.standard}
   * @throws ValidationException at the parameter's path when it names no standard (a book
   *     loaded without the key; the shipped book refuses such a name when it loads)
   */
  static ExitStandard of(Reading reading) {
    return reading.value(PARAMETER);
  }
}
