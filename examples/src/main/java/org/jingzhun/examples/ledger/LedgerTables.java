package org.jingzhun.examples.ledger;

import org.jingzhun.core.money.Money;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.ledger.Fund;
import org.jingzhun.planning.ledger.FundReconciliation;
import org.jingzhun.planning.ledger.HouseholdLedger;
import org.jingzhun.planning.ledger.LedgerEntry;

/**
 * 账目表 — a household ledger as tables, for CSV and the terminal: its entries, its balances by
 * fund (with the total as the last row) and its reconciliation with the funds' books. Money in
 * yuan with two decimals, as every table of the program.
 */
public final class LedgerTables {
  private LedgerTables() {}

  /** The entries, one row each: an auditor's list of payments, with the rule and parameters behind each. */
  public static Table entries(HouseholdLedger ledger) {
    Table.Builder t = Table.keyed("到户资金明细 household ledger",
        "household_id", "户编号 household", "member_id", "成员 member", "date", "日期 date",
        "programme", "项目 programme", "programme_zh", "项目名称 programme name", "fund", "资金 fund",
        "amount", "金额 amount", "rule", "规则 rule", "parameters", "参数 parameters");
    for (LedgerEntry e : ledger.entries()) {
      t.row(e.householdId(), e.memberId().orElse(""), e.date().toString(), e.programme(), e.programmeChinese(), e.fund(),
          e.amount().toString(), e.rule(), String.join("; ", e.parameters()));
    }
    return t.build();
  }

  /** The balance of each fund, and the total: the sum of the balances, to the fen. */
  public static Table balances(HouseholdLedger ledger) {
    Table.Builder t = Table.keyed("分资金余额 balances by fund",
        "fund", "资金 fund", "fund_zh", "资金名称 name", "fund_en", "fund name", "amount", "金额 amount");
    for (Fund f : ledger.funds()) {
      Money amount = ledger.balances().get(f.id());
      if (amount != null) {
        t.row(f.id(), f.chinese(), f.english(), amount.toString());
      }
    }
    t.row("total", "合计", "total", ledger.total().toString());
    return t.build();
  }

  /** The reconciliation: each year and fund, the books' total, the ledger's and their difference. */
  public static Table reconciliation(FundReconciliation r) {
    Table.Builder t = Table.keyed("账目核对 ledger against the funds' books",
        "year", "年度 year", "fund", "资金 fund", "books", "资金账 books", "ledger", "户账合计 ledger",
        "difference", "差额 difference");
    for (FundReconciliation.Line l : r.lines()) {
      t.row(Integer.toString(l.year()), l.fund(), l.books().toString(), l.ledger().toString(), l.difference().toString());
    }
    return t.build();
  }
}
