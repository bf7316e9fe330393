package org.jingzhun.core.policy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jingzhun.core.region.RegionCode;

/**
 * 参数覆盖表 — for one region, every parameter of a book year by year: the confidence of the
 * values in force (the region's own or inherited), or the part of the year with none.
 *
 * <p>A cell's {@link Cell#marker()} is the letter of the weakest value in force that year
 * ({@code D} document, {@code L} local rule, {@code U} unverified, {@code E} estimated),
 * followed by {@code -} when some day of the year has no value; {@code -} alone when none has.
 *
 * @param region the region covered
 * @param rows one per parameter, by name
 */
public record PolicyCoverage(RegionCode region, List<Row> rows) {

  /**
   * A coverage table, its rows copied.
   *
   * @param region the region covered
   * @param rows one per parameter, by name
   */
  public PolicyCoverage {
    rows = List.copyOf(rows);
  }

  /**
   * One parameter's years.
   *
   * @param parameter the parameter's name
   * @param years one cell a year, in order
   */
  public record Row(String parameter, List<Cell> years) {
    /**
     * A row of coverage, its years copied.
     *
     * @param parameter the parameter's name
     * @param years one cell per year, in order
     */
    public Row {
      years = List.copyOf(years);
    }

    /** {@return whether a value is in force on every day of every year} */
    public boolean complete() {
      return years.stream().allMatch(Cell::complete);
    }
  }

  /**
   * One parameter in one year.
   *
   * @param year the calendar year
   * @param weakest the weakest confidence of the values in force during the year, if any is
   * @param complete whether a value is in force on every day of the year
   */
  public record Cell(int year, Optional<Confidence> weakest, boolean complete) {
    /**
     * {@return {@code D}, {@code L}, {@code U} or {@code E}, then {@code -} for a part-year gap;
     * {@code -} for none}
     */
    public String marker() {
      return weakest.map(c -> String.valueOf(c.letter())).orElse("") + (complete ? "" : "-");
    }
  }

  static PolicyCoverage of(PolicyBook book, RegionCode region, int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("the last year " + toYear + " is before the first " + fromYear);
    }
    List<Row> rows = new ArrayList<>();
    for (Parameter p : book.parameters().values()) {
      List<Cell> cells = new ArrayList<>();
      for (int year = fromYear; year <= toYear; year++) {
        cells.add(cell(book, p, region, year));
      }
      rows.add(new Row(p.name(), cells));
    }
    return new PolicyCoverage(region, rows);
  }

  /** The year cut at every date a value in the region's chain starts or ends; each piece read once. */
  private static Cell cell(PolicyBook book, Parameter p, RegionCode region, int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = start.plusYears(1);
    TreeSet<LocalDate> cuts = new TreeSet<>(List.of(start));
    Range<LocalDate> within = Range.closedOpen(start, end);
    for (RegionCode r : region.chain()) {
      Optional.ofNullable(p.rangeMaps().get(r)).ifPresent(t -> t.asMapOfRanges().keySet().forEach(range -> {
        if (range.hasLowerBound() && within.contains(range.lowerEndpoint())) {
          cuts.add(range.lowerEndpoint());
        }
        if (range.hasUpperBound() && within.contains(range.upperEndpoint())) {
          cuts.add(range.upperEndpoint());
        }
      }));
    }
    Confidence weakest = null;
    boolean complete = true;
    for (LocalDate day : cuts) {
      Optional<Reading> r = book.nearest(p.name(), region, day).filter(x -> !book.refuses(x));
      if (r.isEmpty()) {
        complete = false;
      } else {
        Confidence c = r.get().entry().source().confidence();
        weakest = weakest == null || c.ordinal() > weakest.ordinal() ? c : weakest;
      }
    }
    return new Cell(year, Optional.ofNullable(weakest), complete);
  }
}
