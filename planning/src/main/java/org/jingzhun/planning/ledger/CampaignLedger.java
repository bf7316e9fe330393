package org.jingzhun.planning.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.HouseholdIncomes;
import org.jingzhun.planning.simulation.HouseholdTransfers;
import org.jingzhun.planning.simulation.ProgressListener;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 演算入账 — every household's ledger from a campaign run: a listener of
 * {@link org.jingzhun.planning.simulation.CampaignSimulation#run} that asks for each household's
 * transfers by kind of entitlement and medical payer and writes one entry per household, kind (or
 * payer) and year, dated the year's evaluation day, for every amount above zero: each kind that a
 * programme of the registry granted (named by its id, {@code DIBAO_TOP_UP}, as a prescription's
 * ledger names it, and paid by the fund {@code ledger.funding} gives that kind) and what each payer
 * of the medical cascade paid of a bill ({@code payer.…}). Loan interest subsidies (paid to banks) and project grants (paid to
 * projects) are not payments to a household and make no entry. Funding and references are the
 * county's parameters of each year. It passes every call on to the listener it wraps.
 */
public final class CampaignLedger implements ProgressListener {
  private final Population population;
  private final PolicyBook book;
  private final RegionCode county;
  private final Scenario scenario;
  private final EntitlementRegistry registry;
  private final ProgressListener next;
  private final List<LedgerEntry> entries = new ArrayList<>();
  private List<Fund> funds = List.of();

  private CampaignLedger(Scenario scenario, EntitlementRegistry registry, ProgressListener next) {
    this.scenario = scenario;
    this.population = scenario.population();
    this.book = scenario.book();
    this.county = scenario.county().code();
    this.registry = registry;
    this.next = next;
  }

  /**
   * {@return a ledger that records the run of {@code scenario} and passes every call on to
   * {@code next}}
   *
   * @param scenario the scenario the run is of
   * @param registry the programmes of the run, whose rules the references name (the standard registry
   *     unless the run was given another)
   * @param next the listener told in turn (e.g. a progress bar), or {@link ProgressListener#none()}
   */
  public static CampaignLedger recording(Scenario scenario, EntitlementRegistry registry, ProgressListener next) {
    return new CampaignLedger(scenario, registry, next);
  }

  @Override
  public boolean wantsTransferDetail() {
    return true;
  }

  @Override
  public void yearCompleted(YearResult result, int yearsDone, int yearsTotal) {
    next.yearCompleted(result, yearsDone, yearsTotal);
  }

  @Override
  public void householdIncomes(int year, HouseholdIncomes incomes) {
    next.householdIncomes(year, incomes);
  }

  @Override
  public void householdTransfers(int year, HouseholdTransfers transfers) {
    LocalDate date = scenario.assumptions().evaluationDay().atYear(year);
    LedgerFunding funding = LedgerFunding.resolve(book, county, date);
    funds = funding.funds();
    Map<EntitlementKind, LedgerEntry.Builder> byKind = new LinkedHashMap<>();
    for (EntitlementProgramme programme : registry.programmes()) {
      RuleReference reference = RuleReference.of(programme.rule(), programme::need, book, county, date, funding);
      for (EntitlementKind k : programme.kinds()) {
        byKind.put(k, template(reference, k.id(), k.chinese(), k.english(), funding, date));
      }
    }
    RuleReference cascade = RuleReference.of(MedicalCascade.RULE, MedicalCascade::need, book, county, date, funding);
    Map<Payer, LedgerEntry.Builder> byPayer = new EnumMap<>(Payer.class);
    for (Payer p : Payer.values()) {
      byPayer.put(p, template(cascade, LedgerFunding.PAYER + p.name(), p.chinese(), p.english(), funding, date));
    }
    for (int h = 0; h < transfers.size(); h++) {
      if (transfers.transfersFen(h) == 0) {
        continue;
      }
      String id = population.householdId(h);
      for (Map.Entry<EntitlementKind, LedgerEntry.Builder> k : byKind.entrySet()) {
        add(k.getValue(), id, transfers.transfersFen(h, k.getKey()));
      }
      for (Payer p : Payer.values()) {
        add(byPayer.get(p), id, transfers.medicalFen(h, p));
      }
    }
    next.householdTransfers(year, transfers);
  }

  private static LedgerEntry.Builder template(RuleReference reference, String payment, String chinese, String english,
      LedgerFunding funding, LocalDate date) {
    return reference.on(LedgerEntry.builder()).date(date).programme(payment).programmeChinese(chinese)
        .programmeEnglish(english).fund(funding.fundOf(payment).id());
  }

  private void add(LedgerEntry.Builder template, String householdId, long fen) {
    if (fen > 0) {
      entries.add(template.householdId(householdId).amount(Money.ofFen(fen)).build());
    }
  }

  /** {@return the ledger of the years run so far: entries by year, then household's order} */
  public HouseholdLedger ledger() {
    return HouseholdLedger.builder().funds(funds).entries(entries).build();
  }
}
