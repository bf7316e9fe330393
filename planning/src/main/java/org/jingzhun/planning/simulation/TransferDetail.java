package org.jingzhun.planning.simulation;

import org.jingzhun.eligibility.medical.Payer;

/**
 * What each household's transfers of the year being run were made of: by {@link Programme}
 * (dibao, medical, education, housing, other entitlements), by kind of entitlement of the registry
 * and, for the medical cascade, by {@link Payer}, in fen. Kept only when a listener asks for it
 * ({@link ProgressListener#wantsTransferDetail()}), so a run that does not pays nothing for it.
 * Each household's slots are written by the one task that runs the household, and cleared at the
 * start of its step every year.
 */
final class TransferDetail {
  private static final Programme[] GRANTED = {Programme.DIBAO, Programme.EDUCATION, Programme.HOUSING, Programme.OTHER_ENTITLEMENTS};

  private final long[][] byProgramme;
  private final long[][] byPayer;
  private final long[][] byKind;

  TransferDetail(int households, int kinds) {
    byProgramme = new long[Programme.values().length][households];
    byPayer = new long[Payer.values().length][households];
    byKind = new long[kinds][households];
  }

  /** Clears household {@code h}'s transfers, before its step of the year. */
  void clear(int h) {
    for (long[] payer : byPayer) {
      payer[h] = 0;
    }
    for (long[] kind : byKind) {
      kind[h] = 0;
    }
    for (long[] programme : byProgramme) {
      programme[h] = 0;
    }
  }

  /** Adds what {@code payer} paid of household {@code h}'s bill. */
  void paid(int h, Payer payer, long fen) {
    byPayer[payer.ordinal()][h] = Math.addExact(byPayer[payer.ordinal()][h], fen);
  }

  /** Sets household {@code h}'s transfers of the year: what the medical payers paid, and its grants. */
  void transfers(int h, long medicalFen, YearGrants grants) {
    byProgramme[Programme.MEDICAL.ordinal()][h] = medicalFen;
    for (Programme p : GRANTED) {
      byProgramme[p.ordinal()][h] = grants.fen(p);
    }
    for (int k = 0; k < byKind.length; k++) {
      byKind[k][h] = grants.fen[k];
    }
  }

  long fen(int h, Programme programme) {
    return byProgramme[programme.ordinal()][h];
  }

  long fen(int h, Payer payer) {
    return byPayer[payer.ordinal()][h];
  }

  long kindFen(int h, int kind) {
    return byKind[kind][h];
  }
}
