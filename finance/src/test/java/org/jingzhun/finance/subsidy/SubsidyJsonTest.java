package org.jingzhun.finance.subsidy;

import static org.jingzhun.finance.json.RoundTrip.assertListRoundTrips;
import static org.jingzhun.finance.json.RoundTrip.assertRoundTrips;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

class SubsidyJsonTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();

  @Test
  void policyStatementAndClaimsRoundTrip() {
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2019, 3, 1));
    assertRoundTrips(p, SubsidyPolicy.class);
    assertRoundTrips(SubsidyPolicy.relocationLoan(BOOK, Loans.BAZHOU, LocalDate.of(2019, 3, 1)), SubsidyPolicy.class);
    // with the deadline, the 2021 terms and the deferral relief
    assertRoundTrips(SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2021, 6, 1)), SubsidyPolicy.class);
    assertRoundTrips(LoanHistory.builder().addLatePayments(org.jingzhun.finance.loan.LatePayment.paidOn(5, LocalDate.of(2020, 12, 20)))
        .addDeferrals(org.jingzhun.finance.loan.Deferral.of(5, LocalDate.of(2020, 12, 20))).build(), LoanHistory.class);
    assertRoundTrips(InterestSubsidy.compute(Loans.microloan(), LoanHistory.none(), p, BOOK, LocalDate.of(2023, 1, 1)),
        SubsidyStatement.class);
    List<BankClaim> claims = SubsidyClaims.forQuarter(List.of(LoanAccount.of(Loans.microloan())), p, BOOK, Quarter.of(2019, 2));
    assertListRoundTrips(claims, BankClaim.class);
  }
}
