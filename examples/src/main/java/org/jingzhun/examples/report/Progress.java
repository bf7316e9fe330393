package org.jingzhun.examples.report;

import java.io.PrintStream;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * 进度条 — shows how far a long run has got (households evaluated, years simulated). A quiet
 * progress shows nothing, for tests and for output that is not a terminal. Close it when done.
 */
public final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A progress bar of {@code total} steps drawn on {@code terminal} (usually standard error). */
  public static Progress onTerminal(String task, long total, PrintStream terminal) {
    return start(task, total, new ConsoleProgressBarConsumer(terminal));
  }

  /** A progress bar of {@code total} steps whose renderings go to {@code lines}. */
  public static Progress rendered(String task, long total, Consumer<String> lines) {
    return start(task, total, new DelegatingProgressBarConsumer(lines::accept));
  }

  /** A progress that shows nothing. */
  public static Progress quiet() {
    return new Progress(null);
  }

  private static Progress start(String task, long total, ProgressBarConsumer consumer) {
    return new Progress(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(consumer)
        .build());
  }

  /** One step done. */
  public void step() {
    stepBy(1);
  }

  /** {@code steps} steps done. */
  public void stepBy(long steps) {
    if (bar != null) {
      bar.stepBy(steps);
    }
  }

  /** The steps done so far; 0 for a quiet progress. */
  public long current() {
    return bar == null ? 0 : bar.getCurrent();
  }

  /** Draws the final state and stops. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
