package org.jingzhun.finance.revolving;

import static org.jingzhun.finance.json.RoundTrip.assertRoundTrips;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevolvingJsonTest {

  @Test
  void fundsAndStatementsRoundTrip() {
    IndustrySupportFund f = IndustrySupportFundTest.fund().build();
    assertRoundTrips(f, IndustrySupportFund.class);
    assertRoundTrips(f.position(LocalDate.of(2020, 6, 1)), RevolvingPosition.class);
    MutualAidFund m = MutualAidFundTest.fund().build();
    assertRoundTrips(m, MutualAidFund.class);
    assertRoundTrips(m.statement(2019), MutualAidStatement.class);
  }
}
