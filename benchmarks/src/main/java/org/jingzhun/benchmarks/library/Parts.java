package org.jingzhun.benchmarks.library;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** 分段等待 (waiting for the parts of a parallel evaluation). */
final class Parts {

  private Parts() {}

  /**
   * Waits for every part.
   *
   * @throws IllegalStateException if a part failed or the wait was interrupted
   */
  static void await(List<Future<?>> running) {
    try {
      for (Future<?> part : running) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating a population", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a part of the population failed", e.getCause());
    }
  }
}
