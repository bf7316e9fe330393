package org.jingzhun.planning.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.Prescription;

/**
 * 处方入账 — one household's ledger from its prescription: the payments due in the twelve months
 * from the prescription's date. A monthly entitlement is paid on the same day of each of the
 * twelve months (its twelve entries are its yearly amount, exactly); aid paid by the year and a
 * one-off grant are one entry on the day itself. The ledger's total is therefore the
 * prescription's yearly total, to the fen. An entitlement of zero (nothing received) makes no
 * entry.
 */
public final class PrescriptionLedger {
  /** The rule: 账目分记, the household ledger. */
  public static final Term RULE = Term.of("household-ledger", "账目分记", "household ledger");
  private static final int MONTHS = 12;

  private PrescriptionLedger() {}

  /**
   * {@return the ledger of {@code prescription}}
   *
   * @param prescription the household's prescription, made with {@code registry}'s programmes
   * @param village the household's village (its parameters are the region's)
   * @param book the policy book the prescription was made with
   * @param registry the programmes the prescription applied
   * @throws ValidationException when a funding parameter is not in force, or names no fund for an
   *     entitlement of the prescription
   */
  public static HouseholdLedger of(Prescription prescription, RegionCode village, PolicyBook book, EntitlementRegistry registry) {
    LocalDate date = prescription.date();
    LedgerFunding funding = LedgerFunding.resolve(book, village, date);
    Map<EntitlementKind, EntitlementProgramme> programmeOf = new HashMap<>();
    registry.programmes().forEach(p -> p.kinds().forEach(k -> programmeOf.put(k, p)));
    Map<EntitlementProgramme, RuleReference> references = new HashMap<>();
    List<LedgerEntry> entries = new ArrayList<>();
    for (Entitlement e : prescription.entitlements()) {
      if (e.yearly().isZero()) {
        continue;
      }
      EntitlementProgramme programme = programmeOf.get(e.kind());
      if (programme == null) {
        throw ValidationException.of("entitlements", e.kind().id(),
            "不是所给政策清单中的待遇 / is not granted by any programme of the registry given");
      }
      RuleReference reference = references.computeIfAbsent(programme,
          p -> RuleReference.of(p.rule(), p::need, book, village, date, funding));
      LedgerEntry.Builder entry = reference.on(LedgerEntry.builder()).householdId(prescription.householdId())
          .memberId(e.memberId()).programme(e.kind().id()).programmeChinese(e.kind().chinese())
          .programmeEnglish(e.kind().english()).fund(funding.fundOf(e.kind().id()).id());
      if (e.kind().payment() == Payment.MONTHLY) {
        for (int m = 0; m < MONTHS; m++) {
          entries.add(entry.date(date.plusMonths(m)).amount(e.monthly()).build());
        }
      } else {
        entries.add(entry.date(date).amount(e.yearly()).build());
      }
    }
    entries.sort(Comparator.comparing(LedgerEntry::date));
    return HouseholdLedger.builder().funds(funding.funds()).entries(entries).build();
  }
}
