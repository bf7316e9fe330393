package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/**
 * 利益联结收入 — the sources of income that link a household to the district's industries and
 * jobs, each a part of one statistical source ({@link #statisticalSource()}).
 *
 * <p>Where each belongs follows the household survey's definitions of the four sources (National
 * Bureau of Statistics, 住户收支与生活状况调查方案): dividends on shares (红利收入) and income from
 * renting out or holding shares in assets (出租其他资产净收入, 集体分配的股息和红利) are property
 * income; selling one's produce, under a purchase order or not, is the household's own business
 * (经营净收入); pay for a post, a public-welfare or ranger post included, is wages (工资性收入).
 * The survey's text was not at hand when this was written: the assignment is read from the
 * definitions' wording as commonly quoted, and should be checked against the survey's manual.
 */
public enum LinkedIncomeSource implements Labelled {
  /** 入股分红 — dividends on shares in cooperatives and enterprises; property income. */
  DIVIDENDS("入股分红", "dividends on shares in cooperatives and enterprises", IncomeSource.PROPERTY, "dividends"),
  /** 订单收购 — produce sold under a purchase order; business income. */
  ORDER_PURCHASING("订单收购", "produce sold under purchase orders", IncomeSource.BUSINESS, "orderPurchasing"),
  /** 集体资产收益 — rent and shares from collective assets; property income. */
  COLLECTIVE_ASSETS("集体资产收益", "rent and shares from collective assets", IncomeSource.PROPERTY, "collectiveAssets"),
  /** 公益性岗位/生态护林员 — pay for public-welfare and ecological (ranger) posts; wages. */
  PUBLIC_WELFARE_JOBS("公益性岗位（含生态护林员）", "public-welfare and ecological-ranger posts", IncomeSource.WAGES,
      "publicWelfareJobs");

  private final String chinese;
  private final String english;
  private final IncomeSource statisticalSource;
  private final String field;

  LinkedIncomeSource(String chinese, String english, IncomeSource statisticalSource, String field) {
    this.chinese = chinese;
    this.english = english;
    this.statisticalSource = statisticalSource;
    this.field = field;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }

  /** {@return the statistical source this income is a part of} */
  public IncomeSource statisticalSource() {
    return statisticalSource;
  }

  /** {@return the field that holds it in a household's income, e.g. {@code orderPurchasing}} */
  public String field() {
    return field;
  }
}
