package org.jingzhun.eligibility.batch;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.math.BigDecimal;
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
 * 五个一批分类 — assigns a household its batches by the mapping table {@value #MAPPING}: each row
 * whose cause the household recorded, or whose attribute it has, adds its weight to its batch;
 * the batch with the most weight is primary, the next (with any weight) secondary; equal
 * weights go to the batch declared first in {@link FiveBatch}. With no matching row, the
 * table's fallback is primary.
 */
public final class BatchRules {
  /**
   * The parameter {@value}: mapping from causes and member attributes to the five batches
   * (致贫原因及成员特征与“五个一批”的对应表).
   */
  public static final String MAPPING = "batches.mapping";
  /** The mapping's values, bound when the book loads. */
  public static final ParameterKey<BatchMapping> MAPPING_TABLE = ParameterKey.table(MAPPING, BatchMapping.class);
  /** The term 五个一批分类 (five-batches assignment), as explanations print it. */
  public static final Term RULE = Term.of("batches", "五个一批分类", "five-batches assignment");

  private static final FiveBatch[] BATCHES = FiveBatch.values();

  private final Reading mapping;
  private final BatchMapping table;

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
    this.table = mapping.value(MAPPING_TABLE);
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
    BigDecimal[] score = new BigDecimal[BATCHES.length];
    BatchAssignment.Builder out = BatchAssignment.builder();
    boolean any = false;
    for (BatchRule rule : table.rules()) {
      boolean matches = rule.cause().map(household.causes()::contains).orElse(false)
          || rule.attribute().map(a -> a.of(household)).orElse(false);
      if (matches) {
        int i = rule.batch().ordinal();
        score[i] = score[i] == null ? rule.weight() : score[i].add(rule.weight());
        out.addReasons(rule);
        any = true;
      }
    }
    if (!any) {
      BatchAssignment result = out.primary(table.fallback()).build();
      trace.result(result.primary());
      return result;
    }
    int first = best(score, -1);
    int second = best(score, first);
    out.primary(BATCHES[first]);
    if (second >= 0) {
      out.secondary(BATCHES[second]);
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

  private static int best(BigDecimal[] score, int excluded) {
    int best = -1;
    for (int i = 0; i < score.length; i++) {
      if (i != excluded && score[i] != null && score[i].signum() > 0 && (best < 0 || score[i].compareTo(score[best]) > 0)) {
        best = i;
      }
    }
    return best;
  }
}
