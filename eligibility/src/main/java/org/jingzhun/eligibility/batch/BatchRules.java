package org.jingzhun.eligibility.batch;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import java.time.LocalDate;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 五个一批分类 — assigns a household its batches by the mapping table {@code batches.mapping}: each row
 * whose cause the household recorded, or whose attribute it has, adds its weight to its batch;
 * the batch with the most weight is primary, the next (with any weight) secondary; equal
 * weights go to the batch declared first in {@link FiveBatch}. With no matching row, the
 * table's fallback is primary.
 */
public final class BatchRules {
  /**
   * The parameter {@code batches.mapping}: mapping from causes and member attributes to the five batches
   * (致贫原因及成员特征与“五个一批”的对应表).
   */
  public static final ParameterKey<BatchMapping> MAPPING = ParameterKey.table("batches.mapping", BatchMapping.class);
  /** The term 五个一批分类 (five-batches assignment), as explanations print it. */
  public static final Term RULE = Term.of("batches", "五个一批分类", "five-batches assignment");

  private static final FiveBatch[] BATCHES = FiveBatch.values();
  /** The base of a choice's digits: one more than the number of batches. */
  private static final int NO_SECOND = BATCHES.length + 1;

  private final Reading mapping;
  private final BatchMapping table;
  /** Each row's cause, or null when it matches an attribute. */
  private final PovertyCause[] causes;
  /** Each row's attribute, or null when it matches a cause. */
  private final HouseholdAttribute[] attributes;
  /** Each row's batch, as its ordinal. */
  private final int[] batchOf;
  /** Each row's weight in units of the finest scale of the table's weights, so that sums are exact. */
  private final long[] weights;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(MAPPING);
  }

  private BatchRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, BatchRules::need);
    this.mapping = book.get(MAPPING, region, date);
    this.table = mapping.value(MAPPING);
    List<BatchRule> rows = table.rules();
    this.causes = rows.stream().map(r -> r.cause().orElse(null)).toArray(PovertyCause[]::new);
    this.attributes = rows.stream().map(r -> r.attribute().orElse(null)).toArray(HouseholdAttribute[]::new);
    this.batchOf = rows.stream().mapToInt(r -> r.batch().ordinal()).toArray();
    int scale = rows.stream().mapToInt(r -> r.weight().scale()).max().orElse(0);
    this.weights = rows.stream().mapToLong(r -> r.weight().setScale(scale).unscaledValue().longValueExact()).toArray();
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static BatchRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(BatchRules.class, region, date, BatchRules::new);
  }

  /**
   * {@return the five-batches assignment of {@code household} with the rules of its village on
   * {@code date}, without explanation}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static BatchAssignment compute(Household household, PolicyBook book, LocalDate date) {
    return resolve(book, household.village(), date).assign(household, Trace.off());
  }

  /**
   * {@return the five-batches assignment of {@code household} with the rules of its village on
   * {@code date}, with its derivation: every rule, input, parameter and source}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<BatchAssignment> explain(Household household, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    BatchAssignment result = resolve(book, household.village(), date).assign(household, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * {@return the batches of {@code household}: every row of the mapping that matches it weighs for
   * its batch, the heaviest first}
   *
   * @param household the household
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public BatchAssignment assign(Household household, Trace trace) {
    trace.parameter(mapping);
    HouseholdFacts facts = HouseholdFacts.of(household, Optional.empty());
    int choice = choice(facts);
    BatchAssignment.Builder out = BatchAssignment.builder().primary(BATCHES[choice / NO_SECOND]);
    if (choice % NO_SECOND != NO_SECOND - 1) {
      out.secondary(BATCHES[choice % NO_SECOND]);
    }
    int attributeMask = HouseholdAttribute.maskOf(facts);
    for (int r = 0; r < batchOf.length; r++) {
      if (matches(r, facts, attributeMask)) {
        out.addReasons(table.rules().get(r));
      }
    }
    BatchAssignment result = out.build();
    if (trace.isOn()) {
      for (BatchRule r : result.reasons()) {
        trace.note(Term.of("batchRule", r.cause().map(c -> c.chinese()).orElseGet(() -> r.attribute().get().chinese())
            + " → " + r.batch().chinese(), r.cause().map(c -> c.english()).orElseGet(() -> r.attribute().get().english())
            + " → " + r.batch().english()));
      }
      trace.result(result.primary());
    }
    return result;
  }

  /**
   * {@return the primary batch of the household read through {@code household}: exactly
   * {@link BatchAssignment#primary()} of {@link #assign}}
   *
   * @param household the household's facts
   */
  public FiveBatch primary(HouseholdFacts household) {
    return BATCHES[choice(household) / NO_SECOND];
  }

  /**
   * The batches chosen: primary × {@link #NO_SECOND} + secondary (NO_SECOND − 1 when there is no
   * secondary). Every matching row weighs for its batch; with none, the fallback alone.
   */
  private int choice(HouseholdFacts household) {
    long[] score = new long[BATCHES.length];
    boolean any = false;
    int attributeMask = HouseholdAttribute.maskOf(household);
    for (int r = 0; r < batchOf.length; r++) {
      if (matches(r, household, attributeMask)) {
        score[batchOf[r]] += weights[r];
        any = true;
      }
    }
    if (!any) {
      return table.fallback().ordinal() * NO_SECOND + NO_SECOND - 1;
    }
    int first = best(score, -1);
    int second = best(score, first);
    return first * NO_SECOND + (second < 0 ? NO_SECOND - 1 : second);
  }

  private boolean matches(int row, HouseholdFacts household, int attributeMask) {
    PovertyCause cause = causes[row];
    return cause != null ? household.hasCause(cause) : (attributeMask & attributes[row].bit()) != 0;
  }

  /** The heaviest batch other than {@code excluded} with any weight (the first declared of equals), or −1. */
  private static int best(long[] score, int excluded) {
    int best = -1;
    for (int i = 0; i < score.length; i++) {
      if (i != excluded && score[i] > 0 && (best < 0 || score[i] > score[best])) {
        best = i;
      }
    }
    return best;
  }

}
