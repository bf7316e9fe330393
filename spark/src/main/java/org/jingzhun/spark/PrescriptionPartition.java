package org.jingzhun.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.prescription.PrescriptionSink;

/**
 * 分区处方 — the full prescription of one partition of a register ({@link RegisterSchema#HOUSEHOLDS}):
 * its households are read and checked, held as {@link PopulationColumns}, and prescribed by
 * {@link ColumnarPrescription} — the library's single fast path — one row of
 * {@link ResultSchema#PRESCRIPTION} each, in order. The policy is resolved once per executor.
 */
final class PrescriptionPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int MONTHS = 12;

  private final PolicyText policy;
  private final RegisterLayout layout;
  private final LocalDate date;

  PrescriptionPartition(PolicyText policy, RegisterLayout layout, LocalDate date) {
    this.policy = policy;
    this.layout = layout;
    this.date = date;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PolicyBook book = policy.book();
    VillageRules villages = new VillageRules(v -> PrescriptionRules.resolve(book, v, date));
    PopulationColumns.Builder columns = PopulationColumns.builder();
    List<ReadHousehold> read = new ArrayList<>();
    while (rows.hasNext()) {
      read.add(ReadHousehold.of(rows.next(), layout, date, villages, columns));
    }
    ColumnarPrescription prescription = ColumnarPrescription.of(book, date, columns.build());
    Iterator<ReadHousehold> each = read.iterator();
    return new Iterator<>() {
      private final RowSink sink = new RowSink();

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public Row next() {
        ReadHousehold h = each.next();
        if (h.index() < 0) {
          return RowFactory.create(h.id(), h.village(), null, null, null, null, null, null, null, h.problem());
        }
        prescription.prescribe(h.index(), sink.start(h.memberIds()));
        return sink.row(h);
      }
    };
  }

  /** Collects one household's prescription into a row of {@link ResultSchema#PRESCRIPTION}. */
  private static final class RowSink implements PrescriptionSink {
    private String[] memberIds;
    private boolean poor;
    private boolean extreme;
    private FiveBatch primary;
    private final List<Row> grants = new ArrayList<>();
    private Share cap;
    private long monthlyFen;
    private long yearlyFen;

    RowSink start(String[] ids) {
      this.memberIds = ids;
      grants.clear();
      cap = null;
      monthlyFen = 0;
      yearlyFen = 0;
      return this;
    }

    @Override
    public void standing(boolean isPoor, boolean isExtreme, FiveBatch batch) {
      poor = isPoor;
      extreme = isExtreme;
      primary = batch;
    }

    @Override
    public void grant(EntitlementKind kind, int member, long fen) {
      grants.add(RowFactory.create(kind.id(), member == HOUSEHOLD ? null : memberIds[member], fen));
      if (kind.payment() == Payment.MONTHLY) {
        monthlyFen = Math.addExact(monthlyFen, fen);
        yearlyFen = Math.addExact(yearlyFen, Math.multiplyExact(fen, MONTHS));
      } else {
        yearlyFen = Math.addExact(yearlyFen, fen);
      }
    }

    @Override
    public void personalShareCap(Share share) {
      cap = share;
    }

    Row row(ReadHousehold h) {
      return RowFactory.create(h.id(), h.village(), poor, extreme, primary.name(), grants.toArray(Row[]::new),
          cap == null ? null : cap.toString(), monthlyFen, yearlyFen, null);
    }
  }

  /**
   * One row of the partition as read: its id, village and member ids, and its index in the
   * columns, or −1 with the problem that kept it out.
   */
  record ReadHousehold(String id, String village, String[] memberIds, int index, String problem) {
    static ReadHousehold of(Row row, RegisterLayout layout, LocalDate date, VillageRules villages, PopulationColumns.Builder columns) {
      String id = HouseholdReader.text(row, layout, RegisterSchema.HOUSEHOLD_ID);
      String village = HouseholdReader.text(row, layout, RegisterSchema.VILLAGE);
      Household h;
      try {
        h = HouseholdReader.household(row, layout, date);
      } catch (ValidationException e) {
        return new ReadHousehold(id, village, null, -1, HouseholdReader.problem(e));
      }
      Optional<String> noPolicy = villages.problem(h.village());
      if (noPolicy.isPresent()) {
        return new ReadHousehold(id, village, null, -1, noPolicy.get());
      }
      String[] members = h.members().stream().map(Person::id).toArray(String[]::new);
      return new ReadHousehold(id, village, members, columns.add(h), null);
    }
  }

  /** Whether each village's rules resolve, tried once a village: the problem of one that does not. */
  static final class VillageRules {
    private final java.util.function.Consumer<RegionCode> resolve;
    private final Map<RegionCode, Optional<String>> problems = new HashMap<>();

    VillageRules(java.util.function.Consumer<RegionCode> resolve) {
      this.resolve = resolve;
    }

    Optional<String> problem(RegionCode village) {
      return problems.computeIfAbsent(village, v -> {
        try {
          resolve.accept(v);
          return Optional.empty();
        } catch (ValidationException e) {
          return Optional.of("无适用政策 / no policy in force: " + e.violations().stream().map(Object::toString)
              .reduce((a, b) -> a + "; " + b).orElse(""));
        }
      });
    }
  }
}
