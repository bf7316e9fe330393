package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jingzhun.finance.loan.Prepayment;

/**
 * 本金变动 — the days a loan's principal went down, in date order: each instalment repaid (on
 * its due date or late), each partial prepayment, and a full prepayment of what was still owed.
 * Moves on the same day keep the order instalments, partial prepayments, full prepayment.
 */
final class PrincipalMoves {
  /** The day of each move. */
  final LocalDate[] date;
  /** The principal of each move, in fen. */
  final long[] fen;
  /** Whether each move is a prepayment (else an instalment). */
  final boolean[] prepaid;

  private PrincipalMoves(LocalDate[] date, long[] fen, boolean[] prepaid) {
    this.date = date;
    this.fen = fen;
    this.prepaid = prepaid;
  }

  /**
   * The moves of the instalments {@code due} repaid on {@code paid}, and of the prepayments.
   * An instalment still owed on a full prepayment goes with it ({@code paid} becomes its day);
   * one never repaid, or repaid after the write-off, makes no move ({@code paid} becomes null).
   *
   * @param due each period's instalment, in fen
   * @param paid the day each period's instalment was repaid, null if never; updated as said
   * @param fullDate the day of a full prepayment, null if none
   * @param writeOff the day of the write-off, null if none
   */
  static PrincipalMoves of(long[] due, LocalDate[] paid, List<Prepayment> prepayments, LocalDate fullDate, LocalDate writeOff) {
    int cap = due.length + prepayments.size() + 1;
    LocalDate[] md = new LocalDate[cap];
    long[] mf = new long[cap];
    boolean[] mp = new boolean[cap];
    int m = 0;
    long fullAmount = 0;
    for (int i = 0; i < due.length; i++) {
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
    for (Prepayment p : prepayments) {
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
    return sorted(md, mf, mp, m);
  }

  /** The first {@code m} moves in date order; moves on the same day keep their order. */
  private static PrincipalMoves sorted(LocalDate[] md, long[] mf, boolean[] mp, int m) {
    boolean sorted = true;
    for (int k = 1; k < m && sorted; k++) {
      sorted = !md[k].isBefore(md[k - 1]);
    }
    if (sorted) {
      return new PrincipalMoves(Arrays.copyOf(md, m), Arrays.copyOf(mf, m), Arrays.copyOf(mp, m));
    }
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> md[x].compareTo(md[y]));
    PrincipalMoves moves = new PrincipalMoves(new LocalDate[m], new long[m], new boolean[m]);
    for (int k = 0; k < m; k++) {
      moves.date[k] = md[order[k]];
      moves.fen[k] = mf[order[k]];
      moves.prepaid[k] = mp[order[k]];
    }
    return moves;
  }

  /** {@return the number of moves} */
  int size() {
    return date.length;
  }

  /**
   * {@return the later of {@code day} and the last instalment repaid: the loan runs on while
   * principal is outstanding, to its last late repayment}
   */
  LocalDate lastRepaymentOr(LocalDate day) {
    LocalDate last = day;
    for (int k = 0; k < date.length; k++) {
      if (!prepaid[k] && date[k].isAfter(last)) {
        last = date[k];
      }
    }
    return last;
  }
}
