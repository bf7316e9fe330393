package org.jingzhun.core.validation;

import java.time.LocalDate;

/**
 * 输入限度 — the bounds every input is held to where it enters the library (JSON documents,
 * register files, the command line), so that no document can exhaust memory or make a sum
 * overflow later, and a mistyped value is refused instead of computed with.
 *
 * <p>An input amount is at most {@link #MAX_AMOUNT_FEN} fen in either direction and a list holds
 * at most {@link #MAX_ELEMENTS} entries, so a sum of the amounts of one list stays below
 * 10<sup>18</sup> fen, a ninth of what a {@code long} holds. Amounts computed by the library (a
 * province's total) may exceed the bound; only input is held to it.
 */
public final class InputLimits {
  /** The largest amount an input may give, in fen, either direction: 10,000,000,000.00 yuan (百亿元). */
  public static final long MAX_AMOUNT_FEN = 1_000_000_000_000L;
  /** The earliest date an input may give. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** The latest date an input may give. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
  /** The first year an input may name (a plan's, a target's): the year of {@link #EARLIEST_DATE}. */
  public static final int EARLIEST_YEAR = 1900;
  /** The last year an input may name: the year of {@link #LATEST_DATE}. */
  public static final int LATEST_YEAR = 2100;
  /** The most entries one list or object of a document may hold. */
  public static final int MAX_ELEMENTS = 1_000_000;
  /** The deepest nesting of lists and objects a document may have. */
  public static final int MAX_DEPTH = 64;
  /** The longest text value, in characters. */
  public static final int MAX_TEXT_CHARS = 1_000_000;
  /** The longest number as written, in characters. */
  public static final int MAX_NUMBER_CHARS = 100;
  /** The most decimal places of a share or a rate. */
  public static final int MAX_DECIMAL_PLACES = 34;
  /** The default largest input, in bytes, that the command line reads (64 MiB; {@code --max-input}). */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

  private InputLimits() {}

  /**
   * Checks an input amount of {@code fen} fen, shown to the user as {@code shown}.
   *
   * @param fen the amount in fen
   * @param shown the value as the user wrote it, for the message
   * @throws ValidationException if it lies beyond ±{@link #MAX_AMOUNT_FEN} fen
   */
  public static void checkAmount(long fen, Object shown) {
    if (fen > MAX_AMOUNT_FEN || fen < -MAX_AMOUNT_FEN) {
      throw ValidationException.of("", shown, "is beyond the largest amount an input may give, ±10000000000.00 yuan");
    }
  }

  /**
   * {@return whether {@code year} lies from {@link #EARLIEST_YEAR} to {@link #LATEST_YEAR}}
   *
   * @param year the year
   */
  public static boolean isYear(int year) {
    return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
  }

  /** {@return the rule a year outside the input years breaks, for a violation's message} */
  public static String yearRule() {
    return "is not a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR;
  }

  /**
   * {@return {@code date}, if it lies from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}}
   *
   * @param date the date to check
   * @throws ValidationException if it does not
   */
  public static LocalDate checkDate(LocalDate date) {
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw ValidationException.of("", date, "is outside the dates an input may give, " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return date;
  }
}
