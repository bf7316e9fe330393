package org.jingzhun.planning.uncertainty;

import org.jingzhun.planning.simulation.CampaignResult;

/**
 * 运行进度 — told as each run of {@link MonteCarlo#run} completes, on the executor's thread that
 * ran it, in the order the runs finish (not run order): implementations must be thread-safe. The
 * result is valid during the call; keep only what is needed from it.
 */
@FunctionalInterface
public interface RunListener {

  /**
   * Run {@code run} is done.
   *
   * @param run the run's number, from 0 (run 0 has the scenario's own seed)
   * @param result its full result
   */
  void runCompleted(int run, CampaignResult result);

  /** {@return a listener that does nothing} */
  static RunListener none() {
    return (run, result) -> {};
  }
}
