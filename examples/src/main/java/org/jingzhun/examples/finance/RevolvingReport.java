package org.jingzhun.examples.finance;

import java.util.List;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.revolving.LoanPosition;
import org.jingzhun.finance.revolving.RevolvingPosition;

/**
 * 周转金状况表 — an industry-support revolving fund on a date: capital put in, lent, repaid, cash
 * to lend again (capital − lent + repaid), principal outstanding and the overdue part of it,
 * and each loan not yet repaid.
 */
public record RevolvingReport(
    LocalDate date, Money capital, Money lent, Money repaid, Money cash, Money outstanding, Money overdue,
    List<LoanPosition> openLoans) {

  public static RevolvingReport of(RevolvingPosition p) {
    return new RevolvingReport(p.date(), p.capital(), p.lent(), p.repaid(), p.cash(), p.outstanding(), p.overdue(),
        p.openLoans());
  }
}
