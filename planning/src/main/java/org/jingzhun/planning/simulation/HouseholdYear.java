package org.jingzhun.planning.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.HouseholdExitCase;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.medical.CascadeResult;
import org.jingzhun.eligibility.medical.InpatientBill;
import org.jingzhun.eligibility.medical.PayerPayment;
import org.jingzhun.planning.assessment.HouseholdAssessment;
import org.jingzhun.planning.assessment.HouseholdAssessments;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;

/**
 * 户年度演算 — one year of the campaign for each household of a range, in this order:
 *
 * <ol>
 *   <li>income growth (projects' uplift has been added before, by {@link ProjectWorks}), and
 *       the members who have reached compulsory school age enrolled ({@link SchoolEntry});
 *   <li>shocks drawn from the household's own {@link ShockStream}: an illness shock brings an
 *       inpatient bill settled by the medical cascade (as a registered patient if the household
 *       is registered), of which the household's share is lost from the year's net income; a
 *       disaster destroys a share of the year's net income (losses never take a non-negative
 *       income below zero);
 *   <li>for a registered household, poor or exited (脱贫不脱政策: the policies stay during the
 *       campaign, 厅字〔2016〕16号): the loan (taken, if the household is poor and can work,
 *       with draws from its stream after the shocks), then what every programme of the
 *       entitlement registry grants it as a poor household, by the prescription's own rules
 *       ({@link org.jingzhun.eligibility.prescription.PrescriptionRules#grant}): dibao, education
 *       aid, the renovation grant of a C or D dwelling (which is then safe), the members' premium
 *       subsidies, and any programme registered later; the monthly payments (dibao) are income
 *       after transfers;
 *   <li>a registered poor household takes the exit test on its income after transfers, with its
 *       incomes after transfers of earlier years for stability; any other household (never
 *       registered, or exited) is identified on its income after transfers, and put on the
 *       register (new) or back on it (returning) if poor; before that, an exited household
 *       returns with the assumptions' {@code returningHazard} (a last draw from its stream, made
 *       only when the hazard is not zero).
 * </ol>
 *
 * <p>When the run's listener asks for the assessment ({@link ProgressListener#wantsAssessment()}),
 * every household registered poor at the year's start is assessed
 * ({@link org.jingzhun.planning.assessment.HouseholdAssessments}) from its record at the start and
 * the exit test of its record at the end, which then runs even where the exit shortcut would
 * skip it (the shortcut skips only households that surely fail, so the exits counted are the same).
 */
final class HouseholdYear {
  private final Population population;
  private final int year;
  private final int yearIndex;
  private final RegionRules[] rulesOfVillage;
  private final int[] countyVillage;
  private final long[][] history;
  private final long[] transfers;
  private final long[] dibao;
  private final IncomeGrowth growth;
  private final Assumptions assumptions;
  private final long illnessCut;
  private final long disasterCut;
  private final long returningCut;
  private final LoanProgramme loans;
  private final long seed;
  private final TransferDetail detail;
  private final CampaignKinds kinds;
  private final HouseholdAssessment[] assessments;

  HouseholdYear(CampaignRun run, int yearIndex, RegionRules[] rulesOfVillage) {
    this.population = run.population;
    this.year = run.years.get(yearIndex - 1);
    this.yearIndex = yearIndex;
    this.rulesOfVillage = rulesOfVillage;
    this.countyVillage = run.countyVillage;
    this.history = run.history;
    this.transfers = run.transfers;
    this.dibao = run.dibao;
    this.growth = run.growth;
    this.assumptions = run.assumptions;
    this.illnessCut = Chance.cut(assumptions.illnessShockRate());
    this.disasterCut = Chance.cut(assumptions.disasterShockRate());
    this.returningCut = Chance.cut(assumptions.returningHazard());
    this.loans = run.loans;
    this.seed = run.seed;
    this.detail = run.detail;
    this.kinds = run.kinds;
    this.assessments = run.assessments;
  }

  /** Runs households {@code from} (inclusive) to {@code to} (exclusive). */
  YearTally run(int from, int to) {
    YearTally t = new YearTally(rulesOfVillage.length, kinds.size());
    YearFacts facts = new YearFacts(population);
    YearGrants grants = new YearGrants(kinds);
    for (int h = from; h < to; h++) {
      try {
        step(h, t, facts, grants);
      } catch (ValidationException e) {
        throw e.under("population.households[" + h + "] in " + year);
      }
    }
    return t;
  }

  private void step(int h, YearTally t, YearFacts facts, YearGrants grants) {
    int v = countyVillage[population.villageIndex(h)];
    RegionRules r = rulesOfVillage[v];
    int members = population.memberCount(h);
    boolean poorBefore = population.registeredPoor(h);
    Household start = assessments != null && poorBefore ? population.toHousehold(h) : null;
    growth.apply(population, h);
    SchoolEntry.enrol(population, h, r.date, r);

    ShockStream draws = ShockStream.of(seed, year, h);
    boolean ill = draws.below(Chance.SCALE) < illnessCut;
    long billFen = assumptions.illnessBillMin().fen()
        + draws.below(assumptions.illnessBillMax().fen() - assumptions.illnessBillMin().fen() + 1);
    boolean disaster = draws.below(Chance.SCALE) < disasterCut;

    boolean registered = population.registered(h);
    long own = population.netIncomeFen(h);
    long medicalShare = 0;
    long paidFen = 0; // what the programmes paid for the household this year: its transfers
    if (detail != null) {
      detail.clear(h);
    }
    if (ill) {
      t.illnessShocks++;
      long medicalBefore = t.medicalFen;
      medicalShare = settle(r, h, billFen, registered, t);
      paidFen = t.medicalFen - medicalBefore;
      t.addTo(v, YearTally.MEDICAL_FEN, paidFen);
    }
    long disasterLoss = 0;
    if (disaster) {
      t.disasterShocks++;
      disasterLoss = Money.ofFen(Math.max(own, 0)).times(assumptions.disasterLossShare(), java.math.RoundingMode.HALF_UP).fen();
    }
    long yearNet = Math.max(own - disasterLoss - medicalShare, Math.min(own, 0));
    long loss = own - yearNet;

    long medicalFen = paidFen;
    long loanFen = 0;
    long dibaoFen = 0;
    HousingSafetyGrade grade = population.housing(h);
    grants.clear();
    if (registered) {
      loanFen = loans.step(yearIndex - 1, h, v, population, poorBefore, draws, t);
      boolean extreme = population.category(h) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
      r.entitlements.grant(facts.at(h, loss, loanFen, medicalShare, disasterLoss), true, extreme, grants);
      dibaoFen = grants.cashFen();
      paidFen = Math.addExact(paidFen, tally(grants, v, members, t));
      if (grants.renovated()) {
        grade = Renovation.after(grade);
        population.setHousing(h, grade);
      }
    }
    long after = yearNet + loanFen + dibaoFen;
    history[yearIndex][h] = after;
    transfers[h] = paidFen;
    dibao[h] = dibaoFen;
    if (detail != null) {
      detail.transfers(h, medicalFen, grants);
    }

    if (poorBefore) {
      Household exitRecord = start == null && Shortcuts.surelyNoExit(after, members, r.line, r.exitIncomeMultiple)
          ? null
          : YearRecord.after(YearRecord.of(population, h, loss, loanFen, medicalShare, disasterLoss), dibaoFen, grade);
      if (exitRecord != null) {
        exitTest(h, v, members, r, start, exitRecord, grants, t);
      }
    } else if (registered && returningCut > 0 && draws.below(Chance.SCALE) < returningCut) {
      // the returning hazard: drawn last from the household's stream, and only when stated, so
      // that every other draw stays as it was
      t.returningHouseholds++;
      t.returningPersons += members;
      t.addTo(v, YearTally.RETURNING_HOUSEHOLDS, 1);
      t.addTo(v, YearTally.RETURNING_PERSONS, members);
      population.setRegistration(h, population.category(h), RegistrationStatus.POOR, year);
    } else if (!Shortcuts.surelyNotPoor(after, members, r.identificationLine, r.deficitMultiple)) {
      Household candidate =
          YearRecord.after(YearRecord.of(population, h, loss, loanFen, medicalShare, disasterLoss), dibaoFen, grade);
      Identification id = r.identification.identify(candidate, Trace.off());
      if (id.poor()) {
        if (registered) {
          t.returningHouseholds++;
          t.returningPersons += members;
          t.addTo(v, YearTally.RETURNING_HOUSEHOLDS, 1);
          t.addTo(v, YearTally.RETURNING_PERSONS, members);
        } else {
          t.newPoorHouseholds++;
          t.newPoorPersons += members;
          t.addTo(v, YearTally.NEW_POOR_HOUSEHOLDS, 1);
          t.addTo(v, YearTally.NEW_POOR_PERSONS, members);
        }
        population.setRegistration(h, id.category().orElseThrow(), RegistrationStatus.POOR, year);
      }
    }
    if (population.registeredPoor(h)) {
      t.poorHouseholds[v]++;
      t.poorPersons[v] += members;
    }
    if (population.registered(h)) {
      t.addTo(v, YearTally.REGISTERED_HOUSEHOLDS, 1);
      t.addTo(v, YearTally.REGISTERED_PERSONS, members);
    }
  }

  /**
   * Runs the exit test of registered poor household {@code h} on its record of the year's end, and
   * counts its exit if it passed; assesses its year if {@code start} (its record at the start) is
   * given. The assessment asks every poor household's exit test, including those the shortcut
   * would skip: the shortcut only skips households that surely fail, so the counted exits do not
   * change.
   */
  private void exitTest(int h, int v, int members, RegionRules r, Household start, Household exitRecord, YearGrants grants,
      YearTally t) {
    ExitAssessment exit = r.householdExit.assess(
        HouseholdExitCase.builder().household(exitRecord).earlierNetIncomes(earlierIncomes(h, r.stableYears)).build(),
        Trace.off());
    if (start != null) {
      List<String> granted = granted(grants);
      assessments[h] = HouseholdAssessments.assess(year, start, exitRecord, exit, granted, Set.copyOf(granted));
    }
    if (exit.passed()) {
      population.setRegistration(h, population.category(h), RegistrationStatus.EXITED, population.registrationYear(h));
      t.exitedHouseholds++;
      t.exitedPersons += members;
      t.addTo(v, YearTally.EXITED_HOUSEHOLDS, 1);
      t.addTo(v, YearTally.EXITED_PERSONS, members);
      t.exitsByBatch[r.batches.assign(exitRecord, Trace.off()).primary().ordinal()]++;
    }
  }

  /**
   * {@return the ids of the kinds the registry's programmes granted the household this year, in the
   * registry's order} The campaign grants what the prescription's rules entitle the household to
   * and pays it in the same year, so these are both its prescribed measures and those delivered.
   */
  private List<String> granted(YearGrants grants) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < grants.fen.length; k++) {
      if (grants.fen[k] > 0) {
        out.add(kinds.kinds.get(k).id());
      }
    }
    return out;
  }

  /** Adds the household's grants to the tally of the year and of county village {@code v}; returns their sum. */
  private static long tally(YearGrants grants, int v, int members, YearTally t) {
    for (int k = 0; k < grants.fen.length; k++) {
      t.kindFen[k] = Math.addExact(t.kindFen[k], grants.fen[k]);
    }
    long dibaoFen = grants.fen(Programme.DIBAO);
    if (dibaoFen > 0) {
      t.addTo(v, YearTally.DIBAO_HOUSEHOLDS, 1);
      t.addTo(v, YearTally.DIBAO_PERSONS, members);
      t.addTo(v, YearTally.DIBAO_FEN, dibaoFen);
    }
    t.addTo(v, YearTally.EDUCATION_FEN, grants.fen(Programme.EDUCATION));
    t.addTo(v, YearTally.HOUSING_FEN, grants.fen(Programme.HOUSING));
    t.addTo(v, YearTally.OTHER_ENTITLEMENTS_FEN, grants.fen(Programme.OTHER_ENTITLEMENTS));
    return grants.totalFen();
  }

  /** Settles an illness bill; returns the household's share and adds the payers' to the tally if registered. */
  private long settle(RegionRules r, int h, long billFen, boolean registered, YearTally t) {
    Money total = Money.ofFen(billFen);
    InpatientBill bill = InpatientBill.builder().total(total)
        .covered(total.times(assumptions.illnessCoveredShare(), java.math.RoundingMode.HALF_UP))
        .inCounty(assumptions.illnessTreatedInCounty()).registeredPoor(registered).build();
    CascadeResult settled = r.medical.orElseThrow().settle(bill, Trace.off());
    if (registered) {
      for (PayerPayment p : settled.payments()) {
        t.medicalByPayerFen[p.payer().ordinal()] = Math.addExact(t.medicalByPayerFen[p.payer().ordinal()], p.amount().fen());
        t.medicalFen = Math.addExact(t.medicalFen, p.amount().fen());
        if (detail != null) {
          detail.paid(h, p.payer(), p.amount().fen());
        }
      }
    }
    return settled.household().fen();
  }

  /** Net incomes after transfers of the years before, most recent first; before the run, the baseline. */
  private List<Money> earlierIncomes(int h, int stableYears) {
    List<Money> out = new ArrayList<>(Math.max(0, stableYears - 1));
    for (int k = 1; k < stableYears; k++) {
      out.add(Money.ofFen(history[Math.max(0, yearIndex - k)][h]));
    }
    return out;
  }
}
