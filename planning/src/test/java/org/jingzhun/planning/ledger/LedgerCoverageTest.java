package org.jingzhun.planning.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.medical.Payer;
import org.junit.jupiter.api.Test;

/**
 * The ledger's funding in the shipped book: for the nation, Sichuan, Bazhong and its five
 * county-level areas on the 1st of every month from 2014 to 2025, every kind of entitlement of the
 * standard registry and every medical payer has a
 * fund. A kind added to the registry without a fund fails here, naming it.
 */
class LedgerCoverageTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final List<RegionCode> REGIONS = List.of("000000", "510000", "511900", "511902", "511903", "511921",
      "511922", "511923").stream().map(RegionCode::of).toList();

  private static List<String> payments() {
    List<String> out = new ArrayList<>();
    EntitlementRegistry.standard().kinds().stream().map(EntitlementKind::id).forEach(out::add);
    for (Payer p : Payer.values()) {
      out.add(LedgerFunding.PAYER + p.name());
    }
    return out;
  }

  @Test
  void everyPaymentHasAFundInBazhongsAreasFrom2014To2025() {
    List<String> gaps = new ArrayList<>();
    for (RegionCode region : REGIONS) {
      for (LocalDate d = LocalDate.of(2014, 1, 1); d.getYear() <= 2025; d = d.plusMonths(1)) {
        try {
          LedgerFunding funding = LedgerFunding.resolve(BOOK, region, d);
          for (String payment : payments()) {
            funding.fundOf(payment);
          }
        } catch (ValidationException e) {
          gaps.add(region + " " + d + ": " + e.getMessage());
        }
      }
    }
    assertTrue(gaps.isEmpty(), gaps.size() + " gaps, first: " + (gaps.isEmpty() ? "" : gaps.get(0)));
  }

  @Test
  void theShippedBookCoversTheLedgersParametersInEveryArea() {
    for (RegionCode region : REGIONS.subList(3, REGIONS.size())) {
      List<String> rows = BOOK.coverage(region, 2014, 2025).rows().stream()
          .filter(r -> r.parameter().startsWith("ledger.")).map(r -> r.parameter() + (r.complete() ? "" : " has a gap")).toList();
      assertEquals(List.of(LedgerFunding.FUNDING.name(), LedgerFunding.FUNDS.name()), rows.stream().sorted().toList(), region.toString());
    }
  }
}
