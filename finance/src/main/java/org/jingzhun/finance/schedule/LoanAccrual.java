package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.InterestFormula;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.Prepayment;

/**
 * 计息台账 — a loan's principal day by day, as planned or as actually repaid, cut into its
 * periods, with each period's principal-days (计息积数) and interest. It is the engine behind
 * {@link RepaymentSchedule} and the interest-subsidy calculation, held in arrays of fen so that
 * bulk runs allocate little; read it with the indexed accessors (period {@code i} from 0).
 *
 * <p>Principal falls due at the end of its period; a late instalment stays outstanding (and
 * bears interest at the contract rate) until repaid, past maturity too; an unpaid one until
 * it is written off (or, with no write-off, until the loan's last day). A partial prepayment
 * reduces the instalments still to come from the last backwards (the loan may end sooner). The
 * loan ends on a full prepayment or when its last principal goes: the later of its planned
 * end (maturity, or the shortened end) and its last late repayment, or the write-off day if
 * principal was still owed then. Time after maturity is cut into overdue periods (逾期期间)
 * on the loan's settlement dates: they have no instalment of their own, status
 * {@link PeriodStatus#OVERDUE}, and the period ending on the write-off day
 * {@link PeriodStatus#WRITTEN_OFF}.
 */
public final class LoanAccrual {
  private final LoanTerms terms;
  private final boolean planned;
  private final int periods;
  private final LocalDate[] start;
  private final LocalDate[] end;
  private final LocalDate[] repaidOn;
  private final AnnualRate[] rates;
  private final long[] rateUnits;
  private final long[] opening;
  private final long[] principal;
  private final long[] prepaid;
  private final long[] closing;
  private final long[] principalDays;
  private final long[] periodDays;
  private final long[] interest;
  private final PeriodStatus[] status;
  private final LocalDate[] moveDate;
  private final long[] moveFen;
  private final int[] moveFrom;
  private final int[] moveTo;
  private final long writtenOff;

  private LoanAccrual(LoanTerms t, LoanHistory h, Optional<PolicyBook> book, Trace trace) {
    this.terms = t;
    this.planned = h.isEmpty();
    LocalDate[] planEnds = PeriodDates.of(t);
    int n0 = planEnds.length - 1;
    LocalDate horizon = planned ? t.maturityDate() : InstalmentHistory.horizon(t, h);
    LocalDate[] b = horizon.isAfter(t.maturityDate()) ? PeriodDates.continuedTo(t, planEnds, horizon) : planEnds;
    int n = b.length - 1;
    AnnualRate[] allRates = RatePath.of(t, b, book, trace);
    long[] allUnits = rateUnits(allRates);
    long[] due = n == n0 ? PlannedPrincipal.of(t, b, allRates, allUnits, trace)
        : PlannedPrincipal.of(t, planEnds, Arrays.copyOf(allRates, n0), Arrays.copyOf(allUnits, n0), trace);
    LocalDate[] paid = Arrays.copyOfRange(b, 1, n0 + 1);
    LocalDate fullDate = planned ? null : InstalmentHistory.apply(t, h, planEnds, due, paid);
    if (n > n0) {
      // overdue periods after maturity: no instalment of their own
      due = Arrays.copyOf(due, n);
      paid = Arrays.copyOf(paid, n);
    }
    LocalDate writeOff = h.writeOff().orElse(null);
    LocalDate shortened = planned ? null : shortenedEnd(h, b, due);
    PrincipalMoves moves = PrincipalMoves.of(due, paid, h.prepayments(), fullDate, writeOff);
    LocalDate stop = lastDay(t.maturityDate(), shortened, fullDate, writeOff, unpaid(due, paid), moves);
    int count = 0;
    while (count < n && b[count].isBefore(stop)) {
      count++;
    }
    this.periods = count;
    // no copies: these arrays are not written from here on, and may be longer than count (the
    // accessors index only the periods the loan ran); period i's due date is boundary i + 1
    this.start = b;
    this.end = new LocalDate[count];
    this.repaidOn = paid;
    this.rates = allRates;
    this.rateUnits = allUnits;
    this.opening = new long[count];
    this.principal = new long[count];
    this.prepaid = new long[count];
    this.closing = new long[count];
    this.principalDays = new long[count];
    this.periodDays = new long[count];
    this.interest = new long[count];
    this.status = new PeriodStatus[count];
    this.moveDate = moves.date;
    this.moveFen = moves.fen;
    this.moveFrom = new int[count];
    this.moveTo = new int[count];
    long balance = accrue(moves.prepaid, stop, fullDate, writeOff);
    this.writtenOff = writeOff != null ? balance : 0;
  }

  /** {@return each rate in units of 10⁻⁸, converted once for each run of equal rates} */
  private static long[] rateUnits(AnnualRate[] rates) {
    long[] units = new long[rates.length];
    for (int i = 0; i < rates.length; i++) {
      units[i] = i > 0 && rates[i] == rates[i - 1] ? units[i - 1] : InterestFormula.rateUnits(rates[i]);
    }
    return units;
  }

  /** {@return whether an instalment was never repaid} */
  private static boolean unpaid(long[] due, LocalDate[] paid) {
    boolean unpaid = false;
    for (int i = 0; i < due.length; i++) {
      unpaid |= due[i] > 0 && paid[i] == null;
    }
    return unpaid;
  }

  /**
   * {@return the day the loan ends, not included}: maturity, or sooner the shortened end or a
   * full prepayment; the loan runs on while principal is outstanding, to the last late
   * repayment, and an instalment never repaid to its write-off, also past maturity or a
   * shortened end; a write-off ends it in any case.
   */
  private static LocalDate lastDay(LocalDate maturity, LocalDate shortened, LocalDate fullDate, LocalDate writeOff,
      boolean unpaid, PrincipalMoves moves) {
    LocalDate stop = maturity;
    if (shortened != null && shortened.isBefore(stop)) {
      stop = shortened;
    }
    if (fullDate != null && fullDate.isBefore(stop)) {
      stop = fullDate;
    }
    stop = moves.lastRepaymentOr(stop);
    if (writeOff != null && (writeOff.isBefore(stop) || unpaid)) {
      stop = writeOff;
    }
    return stop;
  }

  /**
   * Accrues each period in turn: its principal movements, principal-days, interest and status.
   *
   * @return the principal still outstanding at the end
   */
  private long accrue(boolean[] movePrepaid, LocalDate stop, LocalDate fullDate, LocalDate writeOff) {
    long balance = terms.principal().fen();
    int k = 0;
    int m = moveDate.length;
    // each date converted to its day serial once: days(a, b) = serial(b) - serial(a)
    DayCount dc = terms.dayCount();
    int anchor = terms.anchorDay();
    long startSerial = periods > 0 ? dc.serial(start[0], anchor) : 0;
    for (int i = 0; i < periods; i++) {
      LocalDate s = start[i];
      LocalDate e = start[i + 1].isBefore(stop) ? start[i + 1] : stop;
      long endSerial = dc.serial(e, anchor);
      end[i] = e;
      opening[i] = balance;
      periodDays[i] = endSerial - startSerial;
      long days = 0;
      LocalDate prev = s;
      long prevSerial = startSerial;
      moveFrom[i] = k;
      while (k < m && moveDate[k].isBefore(e)) {
        long moveSerial = dc.serial(moveDate[k], anchor);
        days = Math.addExact(days, Math.multiplyExact(balance, moveSerial - prevSerial));
        balance -= moveFen[k];
        book(i, k, movePrepaid);
        prev = moveDate[k];
        prevSerial = moveSerial;
        k++;
      }
      moveTo[i] = k;
      long lastDays = prev == s ? periodDays[i] : endSerial - prevSerial;
      startSerial = endSerial;
      days = Math.addExact(days, Math.multiplyExact(balance, lastDays));
      while (k < m && (moveDate[k].equals(e) || i == periods - 1)) {
        balance -= moveFen[k];
        book(i, k, movePrepaid);
        k++;
      }
      closing[i] = balance;
      principalDays[i] = days;
      interest[i] = InterestFormula.interest(days, rates[i], rateUnits[i], dc.yearDays(), terms.rounding());
      status[i] = statusOf(i, e, fullDate, writeOff, stop);
    }
    return balance;
  }

  private void book(int period, int move, boolean[] movePrepaid) {
    if (movePrepaid[move]) {
      prepaid[period] += moveFen[move];
    } else {
      principal[period] += moveFen[move];
    }
  }

  private PeriodStatus statusOf(int i, LocalDate e, LocalDate fullDate, LocalDate writeOff, LocalDate stop) {
    if (planned) {
      return PeriodStatus.SCHEDULED;
    }
    if (i == periods - 1 && e.equals(stop)) {
      if (stop.equals(writeOff) && closing[i] > 0) {
        return PeriodStatus.WRITTEN_OFF;
      }
      if (stop.equals(fullDate)) {
        return PeriodStatus.PREPAID;
      }
    }
    if (repaidOn[i] == null) {
      return PeriodStatus.OVERDUE;
    }
    return repaidOn[i].isAfter(start[i + 1]) ? PeriodStatus.LATE : PeriodStatus.ON_TIME;
  }

  /**
   * After partial prepayments (缩短期限) the loan ends with the last instalment still owed, or
   * on the last partial prepayment if that is later; null when there was none.
   */
  private static LocalDate shortenedEnd(LoanHistory h, LocalDate[] b, long[] due) {
    LocalDate lastPartial = null;
    for (Prepayment p : h.prepayments()) {
      if (!p.isFull()) {
        lastPartial = p.date();
      }
    }
    if (lastPartial == null) {
      return null;
    }
    int last = -1;
    for (int i = 0; i < due.length; i++) {
      if (due[i] > 0) {
        last = i;
      }
    }
    return last >= 0 && b[last + 1].isAfter(lastPartial) ? b[last + 1] : lastPartial;
  }

  /**
   * {@return the accrual of {@code terms} as planned ({@code history} empty) or as it happened}
   *
   * @param book needed for a floating rate (the LPR); may be empty for a fixed rate
   * @param terms the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @throws org.jingzhun.core.validation.ValidationException if the history does not fit the
   *     schedule (a late payment of a period the loan does not have, a prepayment after
   *     maturity or larger than the principal not yet due, …), or a floating loan has no book
   */
  public static LoanAccrual of(LoanTerms terms, LoanHistory history, Optional<PolicyBook> book, Trace trace) {
    return new LoanAccrual(terms, history, book, trace);
  }

  /** {@return the loan's contract terms} */
  public LoanTerms terms() {
    return terms;
  }

  /** {@return whether this is the plan (no history applied)} */
  public boolean isPlanned() {
    return planned;
  }

  /** {@return the number of periods the loan ran (or is to run)} */
  public int periods() {
    return periods;
  }

  /**
   * {@return the first day of period {@code i}}
   *
   * @param i the period, from 0
   */
  public LocalDate start(int i) {
    return start[i];
  }

  /**
   * {@return the day period {@code i} ends, not included: the next period's start}
   *
   * @param i the period, from 0
   */
  public LocalDate end(int i) {
    return end[i];
  }

  /**
   * {@return the day period {@code i}'s own instalment fell due: its planned end}
   *
   * @param i the period, from 0
   */
  public LocalDate dueDate(int i) {
    return start[i + 1];
  }

  /**
   * {@return the day period {@code i}'s own instalment was repaid, if it was}
   *
   * @param i the period, from 0
   */
  public Optional<LocalDate> repaidOn(int i) {
    return Optional.ofNullable(repaidOn[i]);
  }

  /**
   * {@return the period's days under the loan's day count}
   *
   * @param i the period, from 0
   */
  public long days(int i) {
    return periodDays[i];
  }

  /**
   * {@return the yearly rate of period {@code i}}
   *
   * @param i the period, from 0
   */
  public AnnualRate rate(int i) {
    return rates[i];
  }

  /**
   * {@return the rate of period {@code i} in units of 10⁻⁸ (see {@link InterestFormula#rateUnits})}
   *
   * @param i the period, from 0
   */
  public long rateUnits(int i) {
    return rateUnits[i];
  }

  /**
   * {@return the principal outstanding at the start of period {@code i}, in fen}
   *
   * @param i the period, from 0
   */
  public long openingFen(int i) {
    return opening[i];
  }

  /**
   * {@return the principal of period {@code i}'s own instalment, in fen}
   *
   * @param i the period, from 0
   */
  public long principalFen(int i) {
    return principal[i];
  }

  /**
   * {@return the principal prepaid in period {@code i}, in fen}
   *
   * @param i the period, from 0
   */
  public long prepaidFen(int i) {
    return prepaid[i];
  }

  /**
   * {@return the principal outstanding at the end of period {@code i}, in fen}
   *
   * @param i the period, from 0
   */
  public long closingFen(int i) {
    return closing[i];
  }

  /**
   * {@return the interest of period {@code i}, in fen}
   *
   * @param i the period, from 0
   */
  public long interestFen(int i) {
    return interest[i];
  }

  /**
   * {@return whether period {@code i} is regular, overdue or ends in a write-off}
   *
   * @param i the period, from 0
   */
  public PeriodStatus status(int i) {
    return status[i];
  }

  /**
   * {@return 计息积数 — Σ principal outstanding (fen) × days over period {@code i}}
   *
   * @param i the period, from 0
   */
  public long principalDays(int i) {
    return principalDays[i];
  }

  /**
   * {@return Σ min(principal outstanding, {@code capFen}) × days over period {@code i}: the
   * principal-days of only the first {@code capFen} of principal (a subsidy's principal cap)}
   *
   * @param i the period, from 0
   * @param capFen the principal cap in fen
   */
  public long principalDays(int i, long capFen) {
    if (opening[i] <= capFen && moveFrom[i] == moveTo[i]) {
      return principalDays[i];
    }
    return principalDays(i, capFen, end[i]);
  }

  /**
   * {@return Σ min(principal outstanding, {@code capFen}) × days over period {@code i} up to, not
   * including, {@code until} (the whole period if it ends sooner; zero if it starts later)}
   *
   * @param i the period, from 0
   * @param capFen the principal cap in fen
   * @param until the day the count stops, not counted
   */
  public long principalDays(int i, long capFen, LocalDate until) {
    LocalDate stop = until.isBefore(end[i]) ? until : end[i];
    if (!stop.isAfter(start[i])) {
      return 0;
    }
    long balance = opening[i];
    LocalDate prev = start[i];
    long days = 0;
    for (int k = moveFrom[i]; k < moveTo[i] && moveDate[k].isBefore(stop); k++) {
      days += Math.min(balance, capFen) * terms.dayCount().days(prev, moveDate[k], terms.anchorDay());
      balance -= moveFen[k];
      prev = moveDate[k];
    }
    return days + Math.min(balance, capFen) * terms.dayCount().days(prev, stop, terms.anchorDay());
  }

  /** {@return the principal written off, zero if none was} */
  public long writtenOffFen() {
    return writtenOff;
  }

  /** {@return the due date of the first instalment repaid late or not at all, if any} */
  public Optional<LocalDate> overdueSince() {
    for (int i = 0; i < periods; i++) {
      if (status[i] == PeriodStatus.LATE || status[i] == PeriodStatus.OVERDUE) {
        return Optional.of(start[i + 1]);
      }
    }
    return Optional.empty();
  }
}
