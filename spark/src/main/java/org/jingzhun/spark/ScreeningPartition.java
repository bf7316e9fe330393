package org.jingzhun.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;

/**
 * 分区筛查 — the income screening ({@link IncomeScreening}) of one partition of a register: each
 * household's village, income columns and member count are read (the other columns, the members
 * among them, are not selected, read or checked: see {@link #columnsRead}), and each village's households are screened together as {@link RegisterColumns}
 * by its rules, one row of {@link ResultSchema#SCREENING} each, in order.
 */
final class ScreeningPartition implements MapPartitionsFunction<Row, Row> {
  /** The column of {@link #columnsRead} that holds each household's number of members. */
  static final String MEMBER_COUNT = "member_count";
  private static final long serialVersionUID = 1L;
  /** The household columns screening reads, when the register has them (the income ones may be absent). */
  private static final List<String> READ = List.of(RegisterSchema.HOUSEHOLD_ID, RegisterSchema.VILLAGE,
      "wages", "business", "property", "transfers", "production_costs");

  private final PolicyText policy;
  private final RegisterLayout layout;
  private final LocalDate date;

  ScreeningPartition(PolicyText policy, RegisterLayout layout, LocalDate date) {
    this.policy = policy;
    this.layout = layout;
    this.date = date;
  }

  /**
   * {@return the columns of {@code households} that screening reads, and {@value #MEMBER_COUNT}
   * (0 for a household with no members array): the members themselves are not read, so Spark does
   * not turn them into rows}
   */
  static Dataset<Row> columnsRead(Dataset<Row> households) {
    Set<String> present = Set.of(households.columns());
    List<Column> read = new ArrayList<>();
    READ.stream().filter(present::contains).map(functions::col).forEach(read::add);
    Column members = functions.col(RegisterSchema.MEMBERS);
    read.add(functions.when(members.isNull(), 0).otherwise(functions.size(members)).as(MEMBER_COUNT));
    return households.select(read.toArray(Column[]::new));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PolicyBook book = policy.book();
    List<Object[]> out = new ArrayList<>();
    Map<RegionCode, Village> villages = new LinkedHashMap<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      Object[] result = {HouseholdReader.text(row, layout, RegisterSchema.HOUSEHOLD_ID),
        HouseholdReader.text(row, layout, RegisterSchema.VILLAGE), null, null, null, null, null};
      out.add(result);
      Violations v = Violations.collect();
      RegisterCells cells = new RegisterCells(row, layout.households(), "", v);
      Optional<RegionCode> village = HouseholdReader.village(cells, v);
      Optional<Income> income = HouseholdReader.income(cells, v);
      int members = row.getInt(layout.household(MEMBER_COUNT));
      v.check(members >= 1, RegisterSchema.MEMBERS, members, "must hold at least one member");
      if (!v.isEmpty()) {
        result[PROBLEM] = HouseholdReader.problem(new ValidationException(v.list()));
      } else {
        villages.computeIfAbsent(village.orElseThrow(), k -> new Village()).add(result, income.orElseThrow().net().fen(), members);
      }
    }
    villages.forEach((code, village) -> village.screen(book, code, date));
    return out.stream().map(RowFactory::create).iterator();
  }

  private static final int POOR = 2;
  private static final int CATEGORY = 3;
  private static final int ELIGIBLE = 4;
  private static final int TOP_UP = 5;
  private static final int PROBLEM = 6;

  /** The households of one village in the partition, screened together. */
  private static final class Village {
    private final List<Object[]> results = new ArrayList<>();
    private long[] netIncomeFen = new long[16];
    private int[] members = new int[16];

    void add(Object[] result, long net, int count) {
      int i = results.size();
      if (i == members.length) {
        netIncomeFen = Arrays.copyOf(netIncomeFen, i * 2);
        members = Arrays.copyOf(members, i * 2);
      }
      netIncomeFen[i] = net;
      members[i] = count;
      results.add(result);
    }

    void screen(PolicyBook book, RegionCode village, LocalDate date) {
      int n = results.size();
      ScreeningResults screened = new ScreeningResults(n);
      try {
        IncomeScreening.resolve(book, village, date)
            .screen(RegisterColumns.of(Arrays.copyOf(netIncomeFen, n), Arrays.copyOf(members, n)), 0, n, screened);
      } catch (ValidationException e) {
        String problem = "无法筛查 / not screened: " + e.violations().stream().map(Object::toString)
            .reduce((a, b) -> a + "; " + b).orElse("");
        results.forEach(r -> r[PROBLEM] = problem);
        return;
      }
      for (int i = 0; i < n; i++) {
        Object[] r = results.get(i);
        r[POOR] = screened.poor(i);
        r[CATEGORY] = screened.category(i).map(Enum::name).orElse(null);
        r[ELIGIBLE] = screened.dibaoEligible(i);
        r[TOP_UP] = screened.monthlyTopUpFen(i);
      }
    }
  }
}
