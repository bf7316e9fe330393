package org.jingzhun.examples.register;

import org.jingzhun.core.household.Household;

/** 导入去向 — where a streamed register import puts each household and each rejected row as it comes. */
public interface RegisterSink {
  /** A household whose rows were all good. */
  void household(Household household);

  /** A row that was not imported, and why. */
  void rejected(RejectedRow row);
}
