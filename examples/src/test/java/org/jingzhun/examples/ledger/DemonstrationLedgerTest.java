package org.jingzhun.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.demo.DemoRun;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.planning.ledger.FundReconciliation;
import org.jingzhun.planning.ledger.HouseholdLedger;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.YearResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demonstration district's household ledger against its funds' books (issue 17's "done
 * when"): a district of 3,000 households, seed 2016, through the campaign of 2015–2020.
 */
class DemonstrationLedgerTest {
  @TempDir
  Path temp;

  @Test
  void theDemonstrationDistrictsLedgerReconcilesToTheFenWithTheFundsTotals() {
    PolicyBook book = PolicyBook.shipped();
    DemoRun run = DemoRun.run(DemoRun.district(2016L, 3000), book, ImmutableList.of(), Progress.quiet(), true);
    HouseholdLedger ledger = run.ledger().orElseThrow();
    FundReconciliation r = FundReconciliation.of(ledger, run.result(), book, run.district().county().code());
    assertTrue(r.reconciles(), r.differences().toString());
    // every year of the campaign has dibao paid from the social-assistance funds
    assertEquals(run.result().years().size(),
        r.lines().stream().filter(l -> l.fund().equals("social-assistance") && l.ledger().isPositive()).count());
    Money households = Money.ZERO;
    for (YearResult y : run.result().years()) {
      for (Programme p : List.of(Programme.DIBAO, Programme.MEDICAL, Programme.EDUCATION, Programme.HOUSING,
          Programme.OTHER_ENTITLEMENTS)) {
        households = households.plus(y.spendingByProgramme().getOrDefault(p, Money.ZERO));
      }
    }
    assertEquals(households, ledger.total());
    assertEquals(ledger.total(), Money.sum(ledger.balances().values()));
  }

  @Test
  void theDemoWritesTheLedgerFilesWithSnakeCaseHeadersWhenAsked() throws IOException {
    Path out = temp.resolve("out");
    CliRun.Result result = CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "demo", "--households", "1000",
        "--seed", "7", "--quiet", "--ledger", "--out", out.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("reconciles with the funds' books to the fen"), result.out());
    for (String file : LedgerFiles.FILES) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    String header = Files.readAllLines(out.resolve(LedgerFiles.ENTRIES_CSV), StandardCharsets.UTF_8).get(0);
    assertEquals("household_id,member_id,date,programme,programme_zh,fund,amount,rule,parameters", header);
    List<String> reconciliation = Files.readAllLines(out.resolve(LedgerFiles.RECONCILIATION_CSV), StandardCharsets.UTF_8);
    assertEquals("year,fund,books,ledger,difference", reconciliation.get(0));
    assertTrue(reconciliation.stream().skip(1).allMatch(l -> l.endsWith(",0.00")), reconciliation.toString());
  }
}
