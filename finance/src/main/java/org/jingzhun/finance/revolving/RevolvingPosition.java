package org.jingzhun.finance.revolving;

import java.util.List;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jingzhun.core.money.Money;

/**
 * 周转金状况 — a revolving fund on a date: capital put in, lent, repaid, cash available to lend
 * again (capital − lent + repaid), principal outstanding, and each loan not yet repaid.
 */
public record RevolvingPosition(
    LocalDate date, Money capital, Money lent, Money repaid, Money cash, Money outstanding, List<LoanPosition> openLoans) {

  /** {@return the principal overdue: outstanding on loans past their due date} */
  public Money overdue() {
    return Money.sum(openLoans.stream().filter(LoanPosition::overdue).map(LoanPosition::outstanding).toList());
  }
}
