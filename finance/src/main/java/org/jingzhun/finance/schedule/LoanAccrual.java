package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Deferral;
import org.jingzhun.finance.loan.InterestFormula;
import org.jingzhun.finance.loan.LatePayment;
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
    LocalDate horizon = planned ? t.maturityDate() : horizon(t, h);
    LocalDate[] b = horizon.isAfter(t.maturityDate()) ? PeriodDates.continuedTo(t, planEnds, horizon) : planEnds;
    int n = b.length - 1;
    AnnualRate[] allRates = RatePath.of(t, b, book, trace);
    long[] allUnits = new long[n];
    for (int i = 0; i < n; i++) {
      allUnits[i] = i > 0 && allRates[i] == allRates[i - 1] ? allUnits[i - 1] : InterestFormula.rateUnits(allRates[i]);
    }
    long[] due = n == n0 ? PlannedPrincipal.of(t, b, allRates, allUnits, trace)
        : PlannedPrincipal.of(t, planEnds, Arrays.copyOf(allRates, n0), Arrays.copyOf(allUnits, n0), trace);
    LocalDate[] paid = new LocalDate[n0];
    for (int i = 0; i < n0; i++) {
      paid[i] = b[i + 1];
    }
    LocalDate fullDate = null;
    LocalDate writeOff = h.writeOff().orElse(null);
    if (!planned) {
      fullDate = applyHistory(t, h, planEnds, due, paid);
    }
    if (n > n0) {
      // overdue periods after maturity: no instalment of their own
      due = Arrays.copyOf(due, n);
      paid = Arrays.copyOf(paid, n);
    }
    LocalDate stop = t.maturityDate();
    LocalDate shortened = planned ? null : shortenedEnd(h, b, due);
    if (shortened != null && shortened.isBefore(stop)) {
      stop = shortened;
    }
    if (fullDate != null && fullDate.isBefore(stop)) {
      stop = fullDate;
    }
    // principal movements: (date, fen, prepayment?)
    int cap = n + h.prepayments().size() + 1;
    LocalDate[] md = new LocalDate[cap];
    long[] mf = new long[cap];
    boolean[] mp = new boolean[cap];
    int m = 0;
    long fullAmount = 0;
    for (int i = 0; i < n; i++) {
      if (due[i] == 0) {
        continue;
      }
      LocalDate pay = paid[i];
      if (fullDate != null && (pay == null || pay.isAfter(fullDate))) {
        fullAmount += due[i];
        paid[i] = fullDate;
        continue;
      }
      if (pay == null || (writeOff != null && pay.isAfter(writeOff))) {
        paid[i] = null;
        continue;
      }
      md[m] = pay;
      mf[m] = due[i];
      m++;
    }
    for (Prepayment p : h.prepayments()) {
      if (!p.isFull()) {
        md[m] = p.date();
        mf[m] = p.principal().orElseThrow().fen();
        mp[m] = true;
        m++;
      }
    }
    if (fullDate != null) {
      md[m] = fullDate;
      mf[m] = fullAmount;
      mp[m] = true;
      m++;
    }
    // the loan runs on while principal is outstanding: to the last late repayment, and an
    // instalment never repaid to its write-off, also past maturity or a shortened end
    boolean unpaid = false;
    for (int i = 0; i < n; i++) {
      unpaid |= due[i] > 0 && paid[i] == null;
    }
    for (int k = 0; k < m; k++) {
      if (!mp[k] && md[k].isAfter(stop)) {
        stop = md[k];
      }
    }
    if (writeOff != null && (writeOff.isBefore(stop) || unpaid)) {
      stop = writeOff;
    }
    boolean sorted = true;
    for (int k = 1; k < m && sorted; k++) {
      sorted = !md[k].isBefore(md[k - 1]);
    }
    this.moveDate = new LocalDate[m];
    this.moveFen = new long[m];
    boolean[] movePrepaid = new boolean[m];
    if (sorted) {
      System.arraycopy(md, 0, moveDate, 0, m);
      System.arraycopy(mf, 0, moveFen, 0, m);
      System.arraycopy(mp, 0, movePrepaid, 0, m);
    } else {
      Integer[] order = new Integer[m];
      for (int k = 0; k < m; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (x, y) -> md[x].compareTo(md[y]));
      for (int k = 0; k < m; k++) {
        moveDate[k] = md[order[k]];
        moveFen[k] = mf[order[k]];
        movePrepaid[k] = mp[order[k]];
      }
    }
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
    this.moveFrom = new int[count];
    this.moveTo = new int[count];
    long balance = t.principal().fen();
    int k = 0;
    // each date converted to its day serial once: days(a, b) = serial(b) - serial(a)
    DayCount dc = t.dayCount();
    int anchor = t.anchorDay();
    long startSerial = count > 0 ? dc.serial(b[0], anchor) : 0;
    for (int i = 0; i < count; i++) {
      LocalDate s = b[i];
      LocalDate e = b[i + 1].isBefore(stop) ? b[i + 1] : stop;
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
      while (k < m && (moveDate[k].equals(e) || i == count - 1)) {
        balance -= moveFen[k];
        book(i, k, movePrepaid);
        k++;
      }
      closing[i] = balance;
      principalDays[i] = days;
      interest[i] = InterestFormula.interest(days, rates[i], rateUnits[i], t.dayCount().yearDays(), t.rounding());
      status[i] = statusOf(i, e, fullDate, writeOff, stop);
    }
    this.writtenOff = writeOff != null ? balance : 0;
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
   * The last day the history may need: maturity, or later the last late repayment, or the
   * write-off if an instalment was never repaid.
   */
  private static LocalDate horizon(LoanTerms t, LoanHistory h) {
    LocalDate last = t.maturityDate();
    boolean unpaid = false;
    for (LatePayment lp : h.latePayments()) {
      LocalDate on = lp.paidOn().orElse(null);
      unpaid |= on == null;
      if (on != null && on.isAfter(last)) {
        last = on;
      }
    }
    LocalDate writeOff = h.writeOff().orElse(null);
    if (unpaid && writeOff != null && writeOff.isAfter(last)) {
      last = writeOff;
    }
    return last;
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
   * Checks the history against the schedule, moves late instalments to their repayment dates
   * (null when unpaid), reduces instalments by partial prepayments, and returns the date of a
   * full prepayment, if any.
   */
  private static LocalDate applyHistory(LoanTerms t, LoanHistory h, LocalDate[] b, long[] due, LocalDate[] paid) {
    Violations v = Violations.collect();
    int n = due.length;
    LocalDate writeOff = h.writeOff().orElse(null);
    if (writeOff != null) {
      v.check(writeOff.isAfter(t.disbursementDate()), "writeOff", writeOff, "must be after the disbursement date " + t.disbursementDate());
    }
    List<LatePayment> late = h.latePayments();
    for (int j = 0; j < late.size(); j++) {
      LatePayment lp = late.get(j);
      String path = FieldPath.index("latePayments", j);
      if (lp.period() > n) {
        v.add(FieldPath.join(path, "period"), lp.period(), "the loan has only " + n + " periods");
        continue;
      }
      LocalDate dueOn = b[lp.period()];
      LocalDate on = lp.paidOn().orElse(null);
      if (on != null) {
        v.check(on.isAfter(dueOn), FieldPath.join(path, "paidOn"), on, "is not after the due date " + dueOn + ", so not late");
        v.check(writeOff == null || !on.isAfter(writeOff), FieldPath.join(path, "paidOn"), on,
            "is after the write-off on " + writeOff);
      }
      paid[lp.period() - 1] = on;
    }
    checkDeferrals(v, h.deferrals(), b);
    LocalDate full = null;
    List<Prepayment> pre = h.prepayments();
    for (int j = 0; j < pre.size(); j++) {
      Prepayment p = pre.get(j);
      String path = FieldPath.join(FieldPath.index("prepayments", j), "date");
      boolean inTerm = p.date().isAfter(t.disbursementDate()) && p.date().isBefore(t.maturityDate());
      v.check(inTerm, path, p.date(), "a prepayment must fall after disbursement and before maturity " + t.maturityDate());
      v.check(writeOff == null || p.date().isBefore(writeOff), path, p.date(), "is not before the write-off on " + writeOff);
      if (!inTerm) {
        continue;
      }
      if (p.isFull()) {
        full = p.date();
        continue;
      }
      long amount = p.principal().orElseThrow().fen();
      long notYetDue = 0;
      for (int i = 0; i < n; i++) {
        if (b[i + 1].isAfter(p.date())) {
          notYetDue += due[i];
        }
      }
      if (amount > notYetDue) {
        v.add(FieldPath.join(FieldPath.index("prepayments", j), "principal"), Money.ofFen(amount),
            "exceeds the principal not yet due on " + p.date() + ", " + Money.ofFen(notYetDue));
        continue;
      }
      for (int i = n - 1; i >= 0 && amount > 0; i--) {
        long cut = Math.min(amount, due[i]);
        due[i] -= cut;
        amount -= cut;
      }
    }
    v.throwIfAny();
    return full;
  }

  /** Each deferral must name a period of the schedule {@code b} and end after its due date. */
  private static void checkDeferrals(Violations v, List<Deferral> deferrals, LocalDate[] b) {
    int n = b.length - 1;
    for (int j = 0; j < deferrals.size(); j++) {
      Deferral d = deferrals.get(j);
      String path = FieldPath.index("deferrals", j);
      if (d.period() > n) {
        v.add(FieldPath.join(path, "period"), d.period(), "the loan has only " + n + " periods");
      } else {
        v.check(d.until().isAfter(b[d.period()]), FieldPath.join(path, "until"), d.until(),
            "is not after the due date " + b[d.period()] + ", so defers nothing");
      }
    }
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
