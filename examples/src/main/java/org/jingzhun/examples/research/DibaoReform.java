package org.jingzhun.examples.research;

import org.jingzhun.eligibility.dibao.DibaoRules;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

  /** The example's inputs and their defaults. */
  public static final List<ExampleInputs.Input> INPUTS = List.of(
      new ExampleInputs.Input("households", String.valueOf(HOUSEHOLDS), "households of the synthetic district"),
      new ExampleInputs.Input("seed", String.valueOf(SEED), "the seed of the district and its shocks"),
      new ExampleInputs.Input("raise-percent", "10", "how much the rural dibao standard rises, in percent"),
      new ExampleInputs.Input("from", "2016-01-01", "the first day of the raised standard"));

  /** Runs the example with the default inputs. */
  public static void run(PolicyBook book, PrintWriter out) {
    run(book, ExampleInputs.defaults(INPUTS), out);
  }

  /** Runs the example on the shipped book with {@code inputs}. */
  public static void run(PolicyBook ignored, ExampleInputs inputs, PrintWriter out) {
    int households = (int) inputs.whole("households", 1000, 10_000_000);
    long seed = inputs.whole("seed", 0, Long.MAX_VALUE);
    BigDecimal raise = inputs.decimal("raise-percent", new BigDecimal("-99"), new BigDecimal("1000"));
    LocalDate from = inputs.date("from");
    BigDecimal factor = BigDecimal.ONE.add(raise.movePointLeft(2));
    // 1. The district and the baseline scenario under the demonstration book.
    DemonstrationDistrict d = DistrictGenerator.shipped().generate(seed, households);
    PolicyBook baseBook = PolicyBook.shipped();
    Scenario baseline = Scenario.builder().name("baseline").county(d.county()).population(d.population())
        .book(baseBook).plan(d.plan()).assumptions(DemoAssumptions.shipped().assumptions()).seed(seed).build();
    // 2. The reform: every rural dibao standard in force from the first day on × (1 + raise), rounded half-up to the fen.
    PolicyBook reformed = baseBook.reform("农村低保标准提高" + raise.toPlainString() + "%")
        .scale(DibaoRules.STANDARD, factor, from, RoundingMode.HALF_UP)
        .build();
    Scenario reform = Scenario.builder().from(baseline).name("dibao " + raise.toPlainString() + " %").book(reformed).build();
    // 3. Both runs on the same population and seed; differences are reform − baseline.
    ComparisonResult c = ScenarioComparison.compare(baseline, reform);
    out.println(DemonstrationDistrict.SYNTHETIC);
    out.printf(Locale.ROOT, "%d households, seed %d; reform: rural dibao standard × %s from %s%n", households, seed,
        factor.toPlainString(), from.getYear() + (from.getDayOfYear() == 1 ? "" : "-" + from.toString().substring(5)));
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
