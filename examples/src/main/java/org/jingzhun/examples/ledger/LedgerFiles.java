package org.jingzhun.examples.ledger;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.planning.ledger.FundReconciliation;
import org.jingzhun.planning.ledger.HouseholdLedger;

/**
 * 账目文件 — writes a campaign's household ledger into a report folder: the entries as CSV and
 * JSON, the balances by fund and the reconciliation with the funds' books as CSV.
 */
public final class LedgerFiles {
  /** The entries, one row each. */
  public static final String ENTRIES_CSV = "household-ledger.csv";
  /** The whole ledger (funds, entries, balances, total) as JSON. */
  public static final String LEDGER_JSON = "household-ledger.json";
  /** The balances by fund and the total. */
  public static final String BALANCES_CSV = "ledger-balances.csv";
  /** The ledger against the funds' books, by year and fund. */
  public static final String RECONCILIATION_CSV = "ledger-reconciliation.csv";
  /** Every file written, in order. */
  public static final ImmutableList<String> FILES = ImmutableList.of(ENTRIES_CSV, LEDGER_JSON, BALANCES_CSV, RECONCILIATION_CSV);

  private LedgerFiles() {}

  /**
   * Writes the files into {@code folder}, replacing them if they exist.
   *
   * @param ledger the ledger
   * @param reconciliation the ledger against the funds' books
   * @param folder the report folder, which exists
   * @param excel whether the CSV files start with a byte-order mark, for spreadsheet programs
   * @throws IOException if a file cannot be written
   */
  public static void write(HouseholdLedger ledger, FundReconciliation reconciliation, Path folder, boolean excel)
      throws IOException {
    CsvTable.write(LedgerTables.entries(ledger), folder.resolve(ENTRIES_CSV), excel);
    Files.writeString(folder.resolve(LEDGER_JSON), JingzhunJson.write(ledger), StandardCharsets.UTF_8);
    CsvTable.write(LedgerTables.balances(ledger), folder.resolve(BALANCES_CSV), excel);
    CsvTable.write(LedgerTables.reconciliation(reconciliation), folder.resolve(RECONCILIATION_CSV), excel);
  }
}
