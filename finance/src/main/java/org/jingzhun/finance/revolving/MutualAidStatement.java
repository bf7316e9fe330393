package org.jingzhun.finance.revolving;

import java.util.List;
import com.google.common.collect.ImmutableList;
import org.jingzhun.core.money.Money;

/**
 * 互助资金年度报表 — a village mutual-aid fund's year: its capital, what it lent and got back,
 * the usage fees accrued (and the part subsidised for poor members), and at year end the
 * principal outstanding and the cash available. Cash = members' and government capital +
 * principal repaid − principal lent, all to year end; usage fees are reported apart, not in it.
 */
public record MutualAidStatement(
    int year,
    Money memberCapital,
    Money governmentCapital,
    int loansMade,
    Money lent,
    Money repaid,
    Money usageFees,
    Money feeSubsidy,
    Money feesFromMembers,
    Money outstandingAtYearEnd,
    Money cashAtYearEnd,
    List<FeeLine> fees) {}
