package org.jingzhun.eligibility.batch;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.IntStream;
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
  /** The number of causes of poverty: a household's key holds its attributes above them. */
  private static final int CAUSES = PovertyCause.values().length;
  /** The bits of a household's key: one per cause, then one per attribute. */
  private static final int KEY_BITS = CAUSES + HouseholdAttribute.values().length;
  /**
   * The memo of choices of each mapping in use, by mapping (equal mappings share one). Weakly
   * held: a mapping no longer in a book leaves with its memo.
   */
  private static final Map<BatchMapping, byte[]> CHOICES = Collections.synchronizedMap(new WeakHashMap<>());
  /** The base of a choice's digits: one more than the number of batches. */
  private static final int NO_SECOND = BATCHES.length + 1;

  private final Reading mapping;
  private final BatchMapping table;
  /** Each row's condition as one bit of a household's key ({@link #key}): its cause or its attribute. */
  private final int[] conditionBit;
  /** Each row's weight in units of the finest scale of the table's weights, so that sums are exact. */
  private final long[] weights;
  /** For each batch (by ordinal), the rows that point to it, in the table's order. */
  private final int[][] rowsOfBatch;
  /** For each batch, the key bits of its rows: a household matching none scores nothing there. */
  private final int[] keyBitsOfBatch;
  /** The key bits of every row: a household matching none gets the fallback. */
  private final int keyBitsOfAnyRow;
  /**
   * The choices already weighed, by key ({@link #choice} + 1; 0 when not yet weighed), shared by
   * the rules of every region and date with an equal mapping. A population holds thousands of
   * distinct keys, so each is weighed once rather than once per household. Threads may race to
   * fill an entry: each writes the same choice, and a byte is written whole.
   */
  private final byte[] choices;

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
    this.conditionBit = rows.stream().mapToInt(BatchRules::conditionBit).toArray();
    int scale = rows.stream().mapToInt(r -> r.weight().scale()).max().orElse(0);
    this.weights = rows.stream().mapToLong(r -> r.weight().setScale(scale).unscaledValue().longValueExact()).toArray();
    this.rowsOfBatch = new int[BATCHES.length][];
    this.keyBitsOfBatch = new int[BATCHES.length];
    for (FiveBatch b : BATCHES) {
      rowsOfBatch[b.ordinal()] = IntStream.range(0, rows.size()).filter(r -> rows.get(r).batch() == b).toArray();
      keyBitsOfBatch[b.ordinal()] = Arrays.stream(rowsOfBatch[b.ordinal()]).map(r -> conditionBit[r]).reduce(0, (x, y) -> x | y);
    }
    this.keyBitsOfAnyRow = Arrays.stream(conditionBit).reduce(0, (x, y) -> x | y);
    this.choices = CHOICES.computeIfAbsent(table, t -> new byte[1 << KEY_BITS]);
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
    int key = key(HouseholdFacts.of(household, Optional.empty()));
    int choice = remembered(key);
    BatchAssignment.Builder out = BatchAssignment.builder().primary(BATCHES[choice / NO_SECOND]);
    if (choice % NO_SECOND != NO_SECOND - 1) {
      out.secondary(BATCHES[choice % NO_SECOND]);
    }
    for (int r = 0; r < conditionBit.length; r++) {
      if ((key & conditionBit[r]) != 0) {
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
    return BATCHES[remembered(key(household)) / NO_SECOND];
  }

  /**
   * A household's key: its causes ({@link HouseholdFacts#causeMask}) in the low bits and its
   * attributes ({@link HouseholdAttribute#maskOf}) above them; a row matches when its bit is set.
   */
  private static int key(HouseholdFacts household) {
    return household.causeMask() | HouseholdAttribute.maskOf(household) << CAUSES;
  }

  /** The {@link #choice} of {@code key}, from the memo, or weighed and remembered. */
  private int remembered(int key) {
    int known = choices[key];
    if (known != 0) {
      return known - 1;
    }
    int choice = choice(key);
    choices[key] = (byte) (choice + 1);
    return choice;
  }

  /** A row's bit in a household's key: its cause, or its attribute above the causes. */
  private static int conditionBit(BatchRule row) {
    return row.cause().map(c -> 1 << c.ordinal()).orElseGet(() -> row.attribute().get().bit() << CAUSES);
  }

  /**
   * The batches chosen for a household's {@code key}: primary × {@link #NO_SECOND} + secondary
   * (NO_SECOND − 1 when there is no secondary). Every matching row weighs for its batch; the
   * heaviest batch is primary, the next with any weight secondary, equal weights going to the
   * batch declared first; with no matching row, the fallback alone.
   */
  private int choice(int key) {
    if ((key & keyBitsOfAnyRow) == 0) {
      return table.fallback().ordinal() * NO_SECOND + NO_SECOND - 1;
    }
    int first = -1;
    int second = -1;
    long firstScore = 0;
    long secondScore = 0;
    for (int b = 0; b < BATCHES.length; b++) {
      long score = (key & keyBitsOfBatch[b]) == 0 ? 0 : score(b, key);
      if (score <= 0) {
        continue;
      }
      // a strict comparison keeps the batch declared first among equals; a displaced first is the best before b
      if (first < 0 || score > firstScore) {
        second = first;
        secondScore = firstScore;
        first = b;
        firstScore = score;
      } else if (second < 0 || score > secondScore) {
        second = b;
        secondScore = score;
      }
    }
    return first * NO_SECOND + (second < 0 ? NO_SECOND - 1 : second);
  }

  /** The weight of the rows of batch {@code b} that a household's {@code key} matches. */
  private long score(int b, int key) {
    long score = 0;
    for (int r : rowsOfBatch[b]) {
      if ((key & conditionBit[r]) != 0) {
        score += weights[r];
      }
    }
    return score;
  }
}
