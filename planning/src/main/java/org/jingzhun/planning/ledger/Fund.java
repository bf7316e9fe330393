package org.jingzhun.planning.ledger;

import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.validation.Violations;

/**
 * 资金来源（到户） — a fund that pays households (the social-assistance funds for dibao, the
 * medical-assistance fund, …), as the parameter {@code ledger.funds} lists it: its id,
 * as the ledger and its CSV write it, and its names.
 *
 * @param id the fund's id: lower-case words joined by hyphens, e.g. {@code social-assistance}
 * @param chinese the fund's Chinese name
 * @param english the fund's English name
 */
public record Fund(String id, String chinese, String english) implements Labelled {

  /**
   * Checks the fund.
   *
   * @param id the fund's id: lower-case words joined by hyphens
   * @param chinese the fund's Chinese name
   * @param english the fund's English name
   * @throws org.jingzhun.core.validation.ValidationException listing every missing or blank field
   */
  public Fund {
    Violations v = Violations.collect();
    if (v.require("id", id)) {
      v.check(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "id", id,
          "资金编号须为小写字母、数字与连字符 / must be lower-case words joined by hyphens");
    }
    if (v.require("chinese", chinese)) {
      v.check(!chinese.isBlank(), "chinese", chinese, "不能为空 / may not be blank");
    }
    if (v.require("english", english)) {
      v.check(!english.isBlank(), "english", english, "不能为空 / may not be blank");
    }
    v.throwIfAny();
  }
}
