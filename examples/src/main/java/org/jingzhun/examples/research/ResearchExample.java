package org.jingzhun.examples.research;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import org.jingzhun.core.explain.Labelled;

/** 研究示例 — a research example program: a name for {@code jingzhun example NAME}, a title, and its run. */
public interface ResearchExample extends Labelled {

  /** The name {@code jingzhun example} knows it by. */
  String name();

  /** Runs the example, printing its results on {@code out}. */
  void run(PrintWriter out);

  /** The examples shipped, by name. The dibao-reform and microcredit examples are still to come. */
  static ImmutableMap<String, ResearchExample> shipped() {
    return ImmutableMap.of(ProjectsUnderBudget.NAME, new ProjectsUnderBudget());
  }
}
