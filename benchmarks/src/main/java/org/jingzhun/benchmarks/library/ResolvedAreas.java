package org.jingzhun.benchmarks.library;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.screening.IncomeScreening;

/**
 * 已解析的地区规则 (the library's rules resolved per area): for each area of a population, a
 * village, the {@code eligibility} module's {@link IdentificationRules} and {@link DibaoRules}
 * resolved once for that village and one date (and the {@link IncomeScreening} of the two), and the two amounts the DMN peer and the
 * read-only limit are given: the identification line and the dibao standard, both as the
 * library reports them.
 *
 * <p>{@link #shipped()} resolves 16 villages of Bazhong's five counties from
 * {@link PolicyBook#shipped()} on {@link #DATE}. The DMN peer models one configuration of the
 * rules: gap payment rounded {@code HALF_UP}, no classified add-ons for the members the
 * population holds, and a deficit income multiple of exactly 1 (under which guarantee
 * deficits cannot make a household poor that its income does not). {@link #resolve} checks
 * that the book gives exactly that for every area and fails otherwise, so the agreement
 * between the library and the peer cannot rest on an unchecked assumption.
 */
public final class ResolvedAreas {

  /**
   * The date the shipped parameters are resolved for: every one the rules need is in force
   * (identification line of 2014: 2,800 yuan; Sichuan's dibao standard 190 yuan a month from
   * 2015-07-01 until 2016-01-01; the five-batches table from 2015-11-29).
   */
  public static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  /** Twelve-digit village codes in Bazhou (511902), Enyang (511903), Tongjiang (511921), Nanjiang (511922), Pingchang (511923). */
  private static final List<String> VILLAGES = List.of(
      "511902101201", "511902101202", "511902102203", "511902103204",
      "511903100201", "511903101202", "511903102203",
      "511921100201", "511921101202", "511921102203",
      "511922100201", "511922101202", "511922102203",
      "511923100201", "511923101202", "511923102203");

  private final LocalDate date;
  private final ImmutableList<RegionCode> villages;
  private final IdentificationRules[] identification;
  private final DibaoRules[] dibao;
  private final IncomeScreening[] screening;
  private final long[] lineFen;
  private final long[] standardFen;

  private ResolvedAreas(PolicyBook book, List<RegionCode> villages, LocalDate date) {
    this.date = date;
    this.villages = ImmutableList.copyOf(villages);
    int n = villages.size();
    identification = new IdentificationRules[n];
    dibao = new DibaoRules[n];
    screening = new IncomeScreening[n];
    lineFen = new long[n];
    standardFen = new long[n];
    for (int a = 0; a < n; a++) {
      RegionCode village = villages.get(a);
      checkModelled(book, village, date);
      identification[a] = IdentificationRules.resolve(book, village, date);
      dibao[a] = DibaoRules.resolve(book, village, date);
      screening[a] = IncomeScreening.of(identification[a], dibao[a]);
      Household probe = LibraryHouseholds.probe(village);
      lineFen[a] = identification[a].identify(probe, Trace.off()).line().fen();
      standardFen[a] = dibao[a].standardMonthly().fen();
    }
  }

  /** The 16 Bazhong villages resolved from the shipped book on {@link #DATE}. */
  public static ResolvedAreas shipped() {
    return resolve(PolicyBook.shipped(), VILLAGES.stream().map(RegionCode::of).toList(), DATE);
  }

  /**
   * Resolves the library's rules for each village on {@code date}.
   *
   * @throws IllegalStateException if a village's parameters are outside what the DMN peer models
   * @throws org.jingzhun.core.validation.ValidationException if a parameter is not in force
   */
  public static ResolvedAreas resolve(PolicyBook book, List<RegionCode> villages, LocalDate date) {
    if (villages.isEmpty() || villages.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("between 1 and 32,767 areas, not " + villages.size());
    }
    return new ResolvedAreas(book, villages, date);
  }

  private static void checkModelled(PolicyBook book, RegionCode village, LocalDate date) {
    String method = book.get(DibaoRules.METHOD, village, date).text();
    RoundingMode rounding = book.get(DibaoRules.ROUNDING, village, date).rounding();
    BigDecimal deficitMultiple = book.get(IdentificationRules.DEFICIT_MULTIPLE, village, date).decimal();
    if (!method.equals("gap") || rounding != RoundingMode.HALF_UP
        || deficitMultiple.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalStateException("the DMN peer models gap payment rounded HALF_UP and a deficit "
          + "income multiple of 1, but " + village + " on " + date + " has " + method + ", " + rounding
          + ", " + deficitMultiple);
    }
  }

  /** The date the rules were resolved for. */
  public LocalDate date() {
    return date;
  }

  /** Number of areas. */
  public int size() {
    return villages.size();
  }

  /** The villages, by area index. */
  public ImmutableList<RegionCode> villages() {
    return villages;
  }

  /** The village of area {@code a}. */
  public RegionCode village(int a) {
    return villages.get(a);
  }

  /** The identification rules of area {@code a}. */
  public IdentificationRules identification(int a) {
    return identification[a];
  }

  /** The dibao rules of area {@code a}. */
  public DibaoRules dibao(int a) {
    return dibao[a];
  }

  /** The income screening of area {@code a}: its identification and dibao rules over register columns. */
  public IncomeScreening screening(int a) {
    return screening[a];
  }

  /** The identification line of area {@code a} as the library reports it, fen per person per year. */
  public long lineFen(int a) {
    return lineFen[a];
  }

  /** The dibao standard of area {@code a} as the library reports it, fen per person per month. */
  public long standardFen(int a) {
    return standardFen[a];
  }
}
