package org.jingzhun.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.HouseholdExitCase;
import org.jingzhun.eligibility.exit.HouseholdExitRules;

/**
 * 分区退出核查 — the household exit test ({@link HouseholdExitRules}) of each household of one
 * partition, with its earlier net incomes from the column {@value #EARLIER}: one row of
 * {@link ResultSchema#EXIT_CHECK} each, in order.
 */
final class ExitCheckPartition implements MapPartitionsFunction<Row, Row> {
  /** The optional column of earlier net incomes, yuan, the year before first. */
  static final String EARLIER = "earlier_net_incomes";
  private static final long serialVersionUID = 1L;

  private final PolicyText policy;
  private final RegisterLayout layout;
  private final LocalDate date;

  ExitCheckPartition(PolicyText policy, RegisterLayout layout, LocalDate date) {
    this.policy = policy;
    this.layout = layout;
    this.date = date;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PolicyBook book = policy.book();
    PrescriptionPartition.VillageRules villages = new PrescriptionPartition.VillageRules(v -> HouseholdExitRules.resolve(book, v, date));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return check(book, villages, rows.next());
      }
    };
  }

  /**
   * The exit test of one row: a household that cannot be read gets "invalid input", one whose
   * village has no exit rules in force on the date gets "no policy in force" naming what is
   * missing (as the prescription does), the others their assessment.
   */
  private Row check(PolicyBook book, PrescriptionPartition.VillageRules villages, Row row) {
    String id = HouseholdReader.text(row, layout, RegisterSchema.HOUSEHOLD_ID);
    String village = HouseholdReader.text(row, layout, RegisterSchema.VILLAGE);
    try {
      Household h = HouseholdReader.household(row, layout, date);
      Optional<String> noPolicy = villages.problem(h.village());
      if (noPolicy.isPresent()) {
        return RowFactory.create(id, village, null, null, noPolicy.get());
      }
      HouseholdExitCase c = HouseholdExitCase.builder().household(h).earlierNetIncomes(earlier(row)).build();
      ExitAssessment a = HouseholdExitRules.resolve(book, h.village(), date).assess(c, Trace.off());
      String[] failed = a.failed().stream().map(Enum::name).toArray(String[]::new);
      return RowFactory.create(id, village, a.passed(), failed, null);
    } catch (ValidationException e) {
      return RowFactory.create(id, village, null, null, HouseholdReader.problem(e));
    }
  }

  private List<Money> earlier(Row row) {
    Integer i = layout.households().get(EARLIER);
    if (i == null || row.isNullAt(i)) {
      return List.of();
    }
    List<Object> given = HouseholdReader.list(row, i);
    Violations v = Violations.collect();
    List<Money> incomes = new ArrayList<>();
    RegisterCells cells = new RegisterCells(row, layout.households(), "", v);
    for (int y = 0; y < given.size(); y++) {
      cells.amount(given.get(y), EARLIER + "[" + y + "]").ifPresent(incomes::add);
    }
    v.throwIfAny();
    return incomes;
  }
}
