package org.jingzhun.eligibility.columnar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.prescription.PrescriptionSink;

/**
 * 列式处方 — the full prescription of every household of a {@link PopulationColumns} on one date:
 * identification, the primary batch and every programme of an entitlement registry, by the
 * {@link PrescriptionRules} of each household's village (resolved once per village), through
 * {@link PrescriptionRules#prescribe(org.jingzhun.eligibility.entitlement.HouseholdFacts,
 * PrescriptionSink)} — the same rule code that the per-household prescription runs with its
 * explanation off, so the two cannot disagree.
 *
 * <p>Builds no household or result object per row for programmes that grant from facts (every
 * standard one).
 * A programme that grants through the object path only is still applied: each household is then
 * rebuilt as a {@link org.jingzhun.core.household.Household} for it ({@link PopulationColumns#household}),
 * which is much slower and gives it only what the columns hold. The columns hold no relocation
 * plan, so the relocation subsidy is granted by the per-household prescription only. Birth dates
 * are not checked against the date (the per-household call refuses a member born after it).
 *
 * <p>Immutable and thread-safe. Parallel runs take the caller's {@link Executor}; the totals are
 * exact sums, the same whatever the split.
 */
public final class ColumnarPrescription {
  private final PopulationColumns columns;
  private final List<EntitlementKind> kinds;
  private final PrescriptionRules[] rulesOfVillage;

  private ColumnarPrescription(PopulationColumns columns, List<EntitlementKind> kinds, PrescriptionRules[] rulesOfVillage) {
    this.columns = columns;
    this.kinds = kinds;
    this.rulesOfVillage = rulesOfVillage;
  }

  /**
   * {@return the prescription of {@code columns} on {@code date} with the standard registry's
   * programmes, each village's rules resolved (and cached by the book) once}
   *
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @param columns the households
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force for a village
   */
  public static ColumnarPrescription of(PolicyBook book, LocalDate date, PopulationColumns columns) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(date, "date");
    PrescriptionRules[] rules = columns.villages().stream().map(v -> PrescriptionRules.resolve(book, v, date))
        .toArray(PrescriptionRules[]::new);
    return new ColumnarPrescription(columns, EntitlementRegistry.standard().kinds(), rules);
  }

  /**
   * {@return the prescription of {@code columns} on {@code date} with the programmes of
   * {@code registry}, each village's rules resolved once}
   *
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @param columns the households
   * @param registry the programmes to apply, in order
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force for a village
   */
  public static ColumnarPrescription of(PolicyBook book, LocalDate date, PopulationColumns columns, EntitlementRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    PrescriptionRules[] rules = columns.villages().stream().map(v -> PrescriptionRules.resolve(book, v, date, registry))
        .toArray(PrescriptionRules[]::new);
    return new ColumnarPrescription(columns, registry.kinds(), rules);
  }

  /** {@return the entitlement kinds the programmes may grant, in the registry's order} */
  public List<EntitlementKind> kinds() {
    return kinds;
  }

  /**
   * Prescribes household {@code i} into {@code sink}: its standing, then each grant.
   *
   * @param i the household's index, from 0
   * @param sink where the standing and the grants go
   */
  public void prescribe(int i, PrescriptionSink sink) {
    prescribe(new PopulationRow(columns).at(i), i, sink);
  }

  private void prescribe(PopulationRow row, int i, PrescriptionSink sink) {
    rulesOfVillage[columns.villageIndex(i)].prescribe(row, sink);
  }

  /** {@return the totals of every household, on the calling thread} */
  public PrescriptionTotals totals() {
    return new PrescriptionTotals(kinds, tally(0, columns.size()));
  }

  /**
   * {@return the totals of households {@code from} (inclusive) to {@code to} (exclusive), on the
   * calling thread}
   *
   * @param from the first household counted
   * @param to the household after the last counted
   * @throws IndexOutOfBoundsException if the range is not within the population
   */
  public PrescriptionTotals totals(int from, int to) {
    Objects.checkFromToIndex(from, to, columns.size());
    return new PrescriptionTotals(kinds, tally(from, to));
  }

  /**
   * {@return the totals of every household, the population cut into {@code parts} contiguous
   * parts run on {@code executor}} The totals are exactly those of {@link #totals()}.
   *
   * @param executor where the parts run (the caller's pool; none is made here)
   * @param parts how many parts, at least 1 (a few per thread balances uneven villages)
   * @throws IllegalArgumentException if parts is below 1
   */
  public PrescriptionTotals totals(Executor executor, int parts) {
    Objects.requireNonNull(executor, "executor");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1 but was " + parts);
    }
    int n = columns.size();
    List<CompletableFuture<KindTally>> running = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) n * p / parts);
      int to = (int) ((long) n * (p + 1) / parts);
      running.add(CompletableFuture.supplyAsync(() -> tally(from, to), executor));
    }
    KindTally all = new KindTally(kinds);
    for (CompletableFuture<KindTally> part : running) {
      all.add(joined(part));
    }
    return new PrescriptionTotals(kinds, all);
  }

  private static KindTally joined(CompletableFuture<KindTally> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private KindTally tally(int from, int to) {
    KindTally tally = new KindTally(kinds);
    PopulationRow row = new PopulationRow(columns);
    for (int i = from; i < to; i++) {
      prescribe(row.at(i), i, tally);
    }
    return tally;
  }
}
