package org.jingzhun.finance.revolving;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;

/** 借款余额 — one loan of a fund on a date: lent, repaid, outstanding, and whether overdue. */
public record LoanPosition(String loanId, String borrower, Money amount, Money repaid, Money outstanding, LocalDate dueDate, boolean overdue) {}
