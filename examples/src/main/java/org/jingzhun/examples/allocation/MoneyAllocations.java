package org.jingzhun.examples.allocation;

import java.util.List;

import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.Parameter;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.policy.Unit;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Situation;

/**
 * 按比例分配计算 — splits an amount by a ratio with {@link Money#allocate(Ratio)}: each part
 * gets its exact share rounded toward zero, and the fen left over go to the parts with the
 * largest remainders (earlier part first among equals), so the parts add back to the whole.
 */
public final class MoneyAllocations {
  public static final Term RULE = Term.of("moneyAllocation", "按比例分配", "allocation by ratio");
  public static final Term AMOUNT = Term.of("amount", "待分配金额", "amount to split");
  public static final Term RATIO = Term.of("ratio", "分配比例", "ratio");
  public static final Term PART = Term.of("part", "份额", "part");

  /** The registration of this calculation for the command line and case files. */
  public static final Calculation<AllocationRequest, Allocation> CALCULATION = Calculation.of(
      "money-allocation", RULE, AllocationRequest.class, MoneyAllocations::compute, MoneyAllocations::explain);

  private MoneyAllocations() {}

  /**
   * The allocation for {@code request} in {@code situation}.
   *
   * @throws ValidationException if the named parameter is unknown, not a ratio, not in force,
   *     or has another number of parts than the parties named
   */
  public static Allocation compute(AllocationRequest request, Situation situation) {
    return allocate(request, situation, Trace.off());
  }

  /** The allocation with its derivation; see {@link #compute}. */
  public static Explained<Allocation> explain(AllocationRequest request, Situation situation) {
    RecordingTrace trace = Trace.recording(RULE);
    Allocation allocation = allocate(request, situation, trace);
    return new Explained<>(allocation, trace.explanation());
  }

  static Allocation allocate(AllocationRequest request, Situation situation, Trace trace) {
    trace.input(AMOUNT, request.amount());
    Ratio ratio = request.ratio().orElseGet(() -> readRatio(request.ratioParameter().orElseThrow(), situation, trace));
    if (!request.parties().isEmpty() && request.parties().size() != ratio.size()) {
      throw ValidationException.of("parties", request.parties().size(),
          "name one party per part of the ratio " + ratio + " (" + ratio.size() + " parts)");
    }
    trace.amount(RATIO, ratio);
    List<Money> amounts = request.amount().allocate(ratio);
    Allocation.Builder out = Allocation.builder().amount(request.amount()).ratio(ratio);
    for (int i = 0; i < amounts.size(); i++) {
      Optional<String> party = request.parties().isEmpty() ? Optional.empty() : Optional.of(request.parties().get(i));
      out.addParts(AllocationPart.of(party, amounts.get(i)));
      trace.amount(PART, party.map(p -> p + ": ").orElse("") + amounts.get(i));
    }
    trace.result(amounts);
    return out.build();
  }

  private static Ratio readRatio(String name, Situation situation, Trace trace) {
    Parameter p = situation.book().parameter(name).orElseThrow(() ->
        ValidationException.of("ratioParameter", name, "the policy book has no parameter of this name"));
    if (p.unit() != Unit.RATIO) {
      throw ValidationException.of("ratioParameter", name, "is a parameter of unit " + p.unit() + ", not RATIO");
    }
    Reading reading = situation.book().get(name, situation.region(), situation.date());
    trace.parameter(reading);
    return reading.ratio();
  }
}
