package org.jingzhun.examples.finance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Explanation;

/** 推导改写 — reshapes an explained result without touching its explanation, or adds cited parameters to it. */
public final class ExplainedValues {
  private ExplainedValues() {}

  /** The same explanation with {@code f} applied to the value. */
  public static <T, U> Explained<U> map(Explained<T> explained, Function<T, U> f) {
    return new Explained<>(f.apply(explained.value()), explained.explanation());
  }

  /** The explanation with {@code parameters} listed before the ones it already cites. */
  static Explanation citing(Explanation e, List<Explanation.ParameterLine> parameters) {
    if (parameters.isEmpty()) {
      return e;
    }
    return new Explanation(e.rule(), e.inputs(),
        ImmutableList.<Explanation.ParameterLine>builder().addAll(parameters).addAll(e.parameters()).build(),
        e.amounts(), e.notes(), e.result(), e.children());
  }
}
