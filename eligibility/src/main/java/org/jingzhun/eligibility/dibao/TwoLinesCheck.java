package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.policy.ParameterKey;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.Parameter;
import org.jingzhun.core.policy.ParameterValue;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.policy.PovertyLine;

/**
 * 两线合一核查 — checks a policy book for every region and period in which the rural dibao
 * standard × 12 is below the poverty line of the series the region uses (the line is the
 * floor). Regions checked: every region with a value of its own for the dibao standard, the
 * series choice, or a series. Each period runs between consecutive dates on which one of those
 * values changes for the region or a region above it; periods with the same figures are merged.
 * The requirement applies only while {@code dibao.two-lines-in-one} is true (from 国办发〔2016〕70号,
 * 2016-09-17): before that, a standard below the line is no violation and nothing is reported.
 * A book without that parameter is checked on every date.
 */
public final class TwoLinesCheck {
  /** Whether the two lines must be one: the requirement's dates, as a flag. */
  public static final ParameterKey<Boolean> IN_FORCE = ParameterKey.flag("dibao.two-lines-in-one");

  private TwoLinesCheck() {}

  /**
   * {@return every violation in {@code book}, by region then date}
   *
   * @param book the policy book whose parameters apply
   */
  public static List<TwoLinesViolation> check(PolicyBook book) {
    List<Parameter> watched = new ArrayList<>();
    book.parameter(DibaoRules.STANDARD).ifPresent(watched::add);
    book.parameter(PovertyLine.SERIES).ifPresent(watched::add);
    book.parameter(IN_FORCE).ifPresent(watched::add);
    book.parameters().forEach((name, p) -> {
      if (name.startsWith(PovertyLine.PREFIX) && !name.equals(PovertyLine.SERIES.name())) {
        watched.add(p);
      }
    });
    TreeSet<RegionCode> regions = new TreeSet<>();
    watched.forEach(p -> regions.addAll(p.timelines().keySet()));
    ImmutableList.Builder<TwoLinesViolation> out = ImmutableList.builder();
    for (RegionCode region : regions) {
      check(book, region, watched, out);
    }
    return out.build();
  }

  private static void check(PolicyBook book, RegionCode region, List<Parameter> watched, ImmutableList.Builder<TwoLinesViolation> out) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (RegionCode r : region.chain()) {
      for (Parameter p : watched) {
        for (ParameterValue v : p.timelines().getOrDefault(r, List.of())) {
          dates.add(v.from());
          v.until().ifPresent(dates::add);
        }
      }
    }
    TwoLinesViolation.Builder open = null;
    Money openDibao = null;
    Money openLine = null;
    for (LocalDate d : dates) {
      Optional<Money[]> figures = figures(book, region, d);
      boolean violated = figures.isPresent() && figures.get()[0].isLessThan(figures.get()[1]);
      boolean same = violated && open != null && figures.get()[0].equals(openDibao) && figures.get()[1].equals(openLine);
      if (open != null && !same) {
        out.add(open.until(d).build());
        open = null;
      }
      if (violated && open == null) {
        openDibao = figures.get()[0];
        openLine = figures.get()[1];
        open = TwoLinesViolation.builder().region(region).start(d).dibaoYearly(openDibao).povertyLine(openLine)
            .series(book.value(PovertyLine.SERIES, region, d));
      }
    }
    if (open != null) {
      out.add(open.build());
    }
  }

  /** The dibao standard a year and the line on {@code date}, if both are in force. */
  private static Optional<Money[]> figures(PolicyBook book, RegionCode region, LocalDate date) {
    Optional<Reading> dibao = book.find(DibaoRules.STANDARD, region, date);
    Optional<Reading> series = book.find(PovertyLine.SERIES, region, date);
    // a book that does not date the requirement (no such parameter) is checked on every date
    boolean required = book.parameter(IN_FORCE).isEmpty()
        || book.find(IN_FORCE, region, date).map(Reading::flag).orElse(false);
    if (!required || dibao.isEmpty() || series.isEmpty()) {
      return Optional.empty();
    }
    String name = PovertyLine.PREFIX + series.get().value(PovertyLine.SERIES);
    if (book.parameter(name).isEmpty()) {
      return Optional.empty();
    }
    return book.find(name, region, date).map(line -> new Money[] {dibao.get().value(DibaoRules.STANDARD).yearly(), line.money()});
  }
}
