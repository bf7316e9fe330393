package org.jingzhun.eligibility.entitlement;

import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;

/**
 * 发放方式 — how an entitlement is paid: every month, once a year (by school term, for
 * education aid), or once. Only monthly payments count in a prescription's monthly total; the
 * yearly total counts all three, so that no rounded "year / 12" enters a monthly figure.
 */
public enum Payment implements Termed {
  /** 按月发放 — paid every month: its year is 12 × the month. */
  MONTHLY("按月发放", "paid monthly"),
  /** 按年（按学期）发放 — paid by the year (education aid: by school term); its month is zero. */
  YEARLY("按年（按学期）发放", "paid by the year (by term)"),
  /** 一次性发放 — paid once (a grant); its month is zero, it counts in the year it is paid. */
  ONE_OFF("一次性发放", "paid once");

  private final Term term;

  Payment(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }
}
