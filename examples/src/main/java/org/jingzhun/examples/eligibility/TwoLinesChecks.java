package org.jingzhun.examples.eligibility;

import com.google.common.collect.ImmutableList;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.dibao.TwoLinesCheck;
import org.jingzhun.eligibility.dibao.TwoLinesViolation;

/**
 * 两线合一核查 — the violations of the two-lines rule (the rural dibao standard × 12 may not be
 * below the poverty line) that a {@link TwoLinesQuery} asks about, from the library's check
 * of the whole book ({@link TwoLinesCheck}).
 *
 * <p>A violation concerns the region asked when it is the region's own, one of a region above
 * it (whose values the region inherits unless it sets its own), or one of a region within it;
 * it falls in the period when the two overlap.
 */
public final class TwoLinesChecks {
  public static final Term RULE = Term.of("twoLines", "两线合一核查", "two-lines-in-one check");
  public static final Term REGION = Term.of("region", "核查地区", "region checked");
  public static final Term START = Term.of("start", "核查起始日", "first day checked");
  public static final Term UNTIL = Term.of("until", "核查截止日（不含）", "first day not checked");
  public static final Term FOUND = Term.of("violations", "不达标期间数", "periods below the line");

  private TwoLinesChecks() {}

  /** The violations {@code query} asks about, by region then date. */
  public static ImmutableList<TwoLinesViolation> compute(TwoLinesQuery query, PolicyBook book) {
    return check(query, book, Trace.off());
  }

  /** {@link #compute} with its explanation. */
  public static Explained<ImmutableList<TwoLinesViolation>> explain(TwoLinesQuery query, PolicyBook book) {
    RecordingTrace trace = Trace.recording(RULE);
    ImmutableList<TwoLinesViolation> found = check(query, book, trace);
    return new Explained<>(found, trace.explanation());
  }

  private static ImmutableList<TwoLinesViolation> check(TwoLinesQuery query, PolicyBook book, Trace trace) {
    if (trace.isOn()) {
      trace.input(REGION, query.region().map(Object::toString).orElse("*"))
          .input(START, query.start().map(Object::toString).orElse("-"))
          .input(UNTIL, query.until().map(Object::toString).orElse("-"));
    }
    ImmutableList<TwoLinesViolation> found = TwoLinesCheck.check(book).stream()
        .filter(v -> concernsRegion(query, v) && overlaps(query, v))
        .collect(ImmutableList.toImmutableList());
    trace.amount(FOUND, found.size()).result(found.size());
    return found;
  }

  private static boolean concernsRegion(TwoLinesQuery query, TwoLinesViolation v) {
    return query.region().map(r -> r.chain().contains(v.region()) || v.region().chain().contains(r)).orElse(true);
  }

  private static boolean overlaps(TwoLinesQuery query, TwoLinesViolation v) {
    boolean endsAfterFrom = query.start().map(f -> v.until().map(f::isBefore).orElse(true)).orElse(true);
    boolean startsBeforeUntil = query.until().map(u -> v.start().isBefore(u)).orElse(true);
    return endsAfterFrom && startsBeforeUntil;
  }
}
