package org.jingzhun.planning.allocation;

import org.jingzhun.core.explain.Labelled;

/**
 * 分配目标 — what an allocation maximises, computed exactly from the projects' stated effects
 * and the villages' summaries (see {@link AllocationProblem#valueOf}).
 */
public enum Objective implements Labelled {
  /** Persons of poor households whose income gap the chosen projects close, per village at most its poor. */
  PERSONS_LIFTED_OUT("脱贫人数", "persons lifted out"),
  /** Poor persons the chosen projects serve, per village at most its poor. */
  POOR_PERSONS_SERVED("受益贫困人口", "poor persons served"),
  /** Villages above the exit line whose incidence the chosen projects bring below it. */
  VILLAGES_EXITING("达到退出标准的贫困村", "villages reaching the exit line");

  private final String chinese;
  private final String english;

  Objective(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}
