package org.jingzhun.examples.research;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.district.DemoAssumptions;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.planning.scenario.ComparisonResult;
import org.jingzhun.planning.scenario.MoneyDifference;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.scenario.ScenarioComparison;
import org.jingzhun.planning.scenario.YearDifference;
import org.jingzhun.planning.simulation.Programme;

/**
 * 低保标准改革 — a research example: the synthetic demonstration district run twice, under the
 * demonstration book and with the rural dibao standard raised 10 % from 2016, and the
 * difference per year in dibao spending, poor persons and exits, and the total cost. SYNTHETIC
 * DATA; the overlay's dibao standards are UNVERIFIED.
 */
public final class DibaoReform {
  public static final String NAME = "dibao-reform";
  public static final String DESCRIPTION = "低保标准改革 — the rural dibao standard raised 10 % from 2016 in the demonstration district: cost and effect by year";
  /** The district's size: small enough to run twice in seconds. */
  static final int HOUSEHOLDS = 20_000;
  static final long SEED = 2016;

  private DibaoReform() {}

  /** Runs the example on the demonstration book (the shipped {@code book} is not enough for 2015–2020). */
  public static void run(PolicyBook ignored, PrintWriter out) {
    // 1. The district and the baseline scenario under the demonstration book.
    DemonstrationDistrict d = DistrictGenerator.shipped().generate(SEED, HOUSEHOLDS);
    PolicyBook baseBook = PolicyBook.shipped();
    Scenario baseline = Scenario.builder().name("baseline").county(d.county()).population(d.population())
        .book(baseBook).plan(d.plan()).assumptions(DemoAssumptions.shipped().assumptions()).seed(SEED).build();
    // 2. The reform: every rural dibao standard in force from 2016-01-01 on × 1.10, rounded half-up to the fen.
    PolicyBook reformed = baseBook.reform("农村低保标准提高10%")
        .scale("dibao.standard.rural", new BigDecimal("1.10"), LocalDate.of(2016, 1, 1), RoundingMode.HALF_UP)
        .build();
    Scenario reform = Scenario.builder().from(baseline).name("dibao +10 %").book(reformed).build();
    // 3. Both runs on the same population and seed; differences are reform − baseline.
    ComparisonResult c = ScenarioComparison.compare(baseline, reform);
    out.println(DemonstrationDistrict.SYNTHETIC);
    out.printf(Locale.ROOT, "%d households, seed %d; reform: rural dibao standard × 1.10 from 2016%n", HOUSEHOLDS, SEED);
    out.println("year  Δ dibao spending (yuan)  Δ poor persons  Δ persons lifted out");
    Money dibaoCost = Money.ZERO;
    for (YearDifference y : c.years()) {
      Money dibao = y.spendingByProgramme().getOrDefault(Programme.DIBAO, MoneyDifference.of(Money.ZERO, Money.ZERO)).change();
      dibaoCost = dibaoCost.plus(dibao);
      out.printf(Locale.ROOT, "%d  %23s  %14d  %20d%n", y.year(), dibao, y.poorPersons().change(), y.exitedPersons().change());
    }
    Money total = Money.sum(c.years().stream().map(y -> y.totalSpending().change()).toList());
    out.println("total Δ dibao spending: " + dibaoCost + " yuan; total Δ spending, all programmes: " + total + " yuan");
    out.flush();
  }

  public static void main(String[] args) {
    run(PolicyBook.shipped(), new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
  }
}
