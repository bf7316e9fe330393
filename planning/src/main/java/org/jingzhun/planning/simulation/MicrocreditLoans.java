package org.jingzhun.planning.simulation;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.RepaymentSchedule;
import org.jingzhun.finance.schedule.SchedulePeriod;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyLine;
import org.jingzhun.finance.subsidy.SubsidyPolicy;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.MicrocreditAssumptions;

/**
 * 扶贫小额信贷 — poverty microcredit in a run, as {@link MicrocreditAssumptions} describes it,
 * with every amount from the {@code finance} module: each loan's terms are a {@link LoanTerms} at
 * the benchmark rate for its term ({@link BenchmarkTerm}); its subsidy is
 * {@link InterestSubsidy} under {@link SubsidyPolicy#povertyMicrocredit}, resolved once per
 * parameter region and year of payout; a defaulted loan's history leaves every instalment due
 * from the default unpaid ({@link LatePayment#unpaid}).
 *
 * <p>The subsidy of a loan depends only on its terms and history, and every loan paid out in
 * the same year in the same parameter region, defaulting in the same year or not at all, has the
 * same terms and history but for its identifiers. So each such subsidy is computed once, before
 * the first year, and shared: {@code subsidy[start][region][default]} holds the subsidy paid in
 * each year of the run. A period's subsidy is paid in the year of the run whose evaluation date
 * is the first on or after the period's end; periods ending after the run are not counted.
 *
 * <p>Per household the run holds the year index of its current loan and of its default (a short
 * each).
 */
final class MicrocreditLoans extends LoanProgramme {
  private static final String BANK = "simulated lender";
  private static final String BORROWER = "simulated borrower";
  private static final RoundingMode UPLIFT_ROUNDING = RoundingMode.HALF_UP;

  private final MicrocreditAssumptions assumptions;
  private final PolicyBook book;
  private final List<Integer> years;
  private final LocalDate[] evaluation;
  private final int[] regionOfVillage;
  private final List<RegionCode> regions = new ArrayList<>();
  private final long takeUpCut;
  private final long defaultCut;
  private final long upliftFen;
  private final int termYears;
  /** The year index in which the last period of a loan paid out in year index s settles; years.size() if after the run. */
  private final int[] settledIn;
  /** subsidy[s][region][0 or 1 + years from payout to default][year index]: fen. */
  private final long[][][][] subsidy;
  /** The year index (from 1) of each household's current loan; 0 if none. */
  private final short[] loanFrom;
  /** The year index (from 1) in which each household's loan defaulted; 0 if none has. */
  private final short[] defaultIn;

  /**
   * The loans of a run over {@code households} households in {@code villages} (the county's, in
   * order), whose parameters are those of {@code regionOfVillage}, for {@code years} evaluated on
   * {@code evaluation}.
   *
   * @throws org.jingzhun.core.validation.ValidationException if the book lacks a parameter of the
   *     microcredit policy or the benchmark rate in a region on a payout day of the run
   */
  MicrocreditLoans(MicrocreditAssumptions assumptions, PolicyBook book, List<Integer> years, LocalDate[] evaluation,
      List<Village> villages, ParameterRegions parameterRegions, int households) {
    this.assumptions = assumptions;
    this.book = book;
    this.years = List.copyOf(years);
    this.evaluation = evaluation.clone();
    this.termYears = assumptions.termYears();
    this.takeUpCut = Chance.cut(assumptions.takeUpShare());
    this.defaultCut = assumptions.defaultRate().map(Chance::cut).orElse(0L);
    this.upliftFen = assumptions.principal().times(assumptions.businessReturn(), UPLIFT_ROUNDING).fen();
    Map<RegionCode, Integer> index = new HashMap<>();
    regionOfVillage = new int[villages.size()];
    for (int v = 0; v < villages.size(); v++) {
      regionOfVillage[v] = index.computeIfAbsent(parameterRegions.of(villages.get(v).code()), r -> {
        regions.add(r);
        return regions.size() - 1;
      });
    }
    int n = years.size();
    settledIn = new int[n];
    subsidy = new long[n][regions.size()][][];
    for (int s = 0; s < n; s++) {
      settledIn[s] = yearOf(payout(s).plusYears(termYears));
      int defaults = defaultCut > 0 ? Math.min(termYears, n - s) : 0;
      for (int r = 0; r < regions.size(); r++) {
        SubsidyPolicy policy = SubsidyPolicy.povertyMicrocredit(book, regions.get(r), payout(s));
        LoanTerms terms = terms("microcredit " + regions.get(r) + " " + years.get(s), BORROWER, s, r);
        subsidy[s][r] = new long[1 + defaults][];
        subsidy[s][r][0] = byYear(terms, LoanHistory.none(), policy);
        for (int k = 0; k < defaults; k++) {
          subsidy[s][r][1 + k] = byYear(terms, defaultHistory(terms, s + k), policy);
        }
      }
    }
    loanFrom = new short[households];
    defaultIn = new short[households];
  }

  @Override
  boolean simulated() {
    return true;
  }

  @Override
  long step(int y, int h, int village, Population population, boolean poor, ShockStream draws, YearTally tally) {
    int s = loanFrom[h] - 1;
    boolean defaulted = defaultIn[h] != 0;
    if (!defaulted && poor && (s < 0 || settledIn[s] < y) && canWork(population, h)
        && draws.below(Chance.SCALE) < takeUpCut) {
      s = y;
      loanFrom[h] = (short) (y + 1);
    }
    if (s < 0) {
      return 0;
    }
    boolean inTerm = y < s + termYears;
    if (inTerm && !defaulted && defaultCut > 0 && draws.below(Chance.SCALE) < defaultCut) {
      defaultIn[h] = (short) (y + 1);
      defaulted = true;
    }
    int option = defaulted ? defaultIn[h] - s : 0;
    tally.loanSubsidyFen = Math.addExact(tally.loanSubsidyFen, subsidy[s][regionOfVillage[village]][option][y]);
    return inTerm && !defaulted ? upliftFen : 0;
  }

  // ---- for tests: the same loans, one computation per loan

  /** Gives household {@code h} a loan paid out in year index {@code s}, defaulting in year index {@code d} (−1: never). */
  void lend(int h, int s, int d) {
    loanFrom[h] = (short) (s + 1);
    defaultIn[h] = (short) (d + 1);
  }

  /**
   * The subsidy of household {@code h}'s loan in year index {@code y} from the shared computation;
   * {@code village} is the household's county village index.
   */
  long sharedSubsidyFen(int y, int h, int village) {
    int s = loanFrom[h] - 1;
    return s < 0 ? 0 : subsidy[s][regionOfVillage[village]][defaultIn[h] == 0 ? 0 : defaultIn[h] - s][y];
  }

  /**
   * The same, computed for this loan alone: its own terms (identified by {@code loanId} and
   * {@code borrower}), history and policy, read afresh from the book.
   */
  long ownSubsidyFen(int y, int h, int village, String loanId, String borrower) {
    int s = loanFrom[h] - 1;
    if (s < 0) {
      return 0;
    }
    int r = regionOfVillage[village];
    LoanTerms terms = terms(loanId, borrower, s, r);
    LoanHistory history = defaultIn[h] == 0 ? LoanHistory.none() : defaultHistory(terms, defaultIn[h] - 1);
    return byYear(terms, history, SubsidyPolicy.povertyMicrocredit(book, regions.get(r), payout(s)))[y];
  }

  // ----

  /** Whether a member of the household can work (full or partial labour capacity). */
  private static boolean canWork(Population population, int h) {
    int first = population.firstMember(h);
    for (int m = first; m < first + population.memberCount(h); m++) {
      if (population.labourCapacity(m) != LabourCapacity.NONE) {
        return true;
      }
    }
    return false;
  }

  private LocalDate payout(int s) {
    return assumptions.disbursementDay().atYear(years.get(s));
  }

  private LoanTerms terms(String id, String borrower, int s, int r) {
    LocalDate payout = payout(s);
    LocalDate maturity = payout.plusYears(termYears);
    AnnualRate rate = book.get(BenchmarkTerm.of(payout, maturity).parameter(), regions.get(r), payout).rate();
    return LoanTerms.builder().id(id).bank(BANK).borrower(borrower).region(regions.get(r))
        .principal(assumptions.principal()).rate(rate).disbursementDate(payout).maturityDate(maturity)
        .method(assumptions.repayment()).frequency(assumptions.frequency()).build();
  }

  /** A default in year index {@code d}: every instalment of principal due from that year's payout day on is unpaid. */
  private LoanHistory defaultHistory(LoanTerms terms, int d) {
    LocalDate from = payout(d);
    LoanHistory.Builder history = LoanHistory.builder();
    for (SchedulePeriod p : RepaymentSchedule.of(terms).periods()) {
      if (p.principal().isPositive() && !p.dueDate().isBefore(from)) {
        history.addLatePayments(LatePayment.unpaid(p.number()));
      }
    }
    return history.build();
  }

  /** The loan's subsidy by year of the run. */
  private long[] byYear(LoanTerms terms, LoanHistory history, SubsidyPolicy policy) {
    long[] out = new long[years.size()];
    for (SubsidyLine line : InterestSubsidy.compute(terms, history, policy, book, terms.maturityDate()).lines()) {
      int y = yearOf(line.end());
      if (y < years.size()) {
        out[y] = Math.addExact(out[y], line.subsidy().fen());
      }
    }
    return out;
  }

  /** The first year index whose evaluation date is on or after {@code date}; years.size() if none. */
  private int yearOf(LocalDate date) {
    int y = 0;
    while (y < evaluation.length && evaluation[y].isBefore(date)) {
      y++;
    }
    return y;
  }
}
