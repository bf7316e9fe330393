package org.jingzhun.planning.simulation;

import org.jingzhun.eligibility.medical.Payer;

/**
 * What each household's transfers of the year being run were made of: by {@link Programme}
 * (dibao, medical, education, housing) and, for the medical cascade, by {@link Payer}, in fen.
 * Kept only when a listener asks for it ({@link ProgressListener#wantsTransferDetail()}), so a
 * run that does not pay nothing for it. Each household's slots are written by the one task that
 * runs the household, and cleared at the start of its step every year.
 */
final class TransferDetail {
  private final long[][] byProgramme;
  private final long[][] byPayer;

  TransferDetail(int households) {
    byProgramme = new long[Programme.values().length][households];
    byPayer = new long[Payer.values().length][households];
  }

  /** Clears household {@code h}'s medical payments, before its step of the year. */
  void clear(int h) {
    for (long[] payer : byPayer) {
      payer[h] = 0;
    }
  }

  /** Adds what {@code payer} paid of household {@code h}'s bill. */
  void paid(int h, Payer payer, long fen) {
    byPayer[payer.ordinal()][h] = Math.addExact(byPayer[payer.ordinal()][h], fen);
  }

  /** Sets household {@code h}'s transfers of the year by programme. */
  void transfers(int h, long dibaoFen, long medicalFen, long educationFen, long housingFen) {
    byProgramme[Programme.DIBAO.ordinal()][h] = dibaoFen;
    byProgramme[Programme.MEDICAL.ordinal()][h] = medicalFen;
    byProgramme[Programme.EDUCATION.ordinal()][h] = educationFen;
    byProgramme[Programme.HOUSING.ordinal()][h] = housingFen;
  }

  long fen(int h, Programme programme) {
    return byProgramme[programme.ordinal()][h];
  }

  long fen(int h, Payer payer) {
    return byPayer[payer.ordinal()][h];
  }
}
