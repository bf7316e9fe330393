package org.jingzhun.planning.allocation;

import org.jingzhun.core.explain.Labelled;

/**
 * 分配目标 — what an allocation maximises, computed exactly from the projects' stated effects
 * and the villages' summaries (see {@link AllocationProblem#valueOf}).
 */
public enum Objective implements Labelled {
  /**
   * Persons of poor households whose first-year income gap the chosen projects close, per village
   * at most its poor (a static count, not an effect: most of them leave poverty anyway through
   * income growth and dibao; {@link #ADDITIONAL_PERSONS_OUT} counts only those the projects make
   * the difference for).
   */
  PERSONS_LIFTED_OUT("项目补足首年收入缺口的人数（静态）", "persons whose first-year income gap the projects close (static)"),
  /** Poor persons the chosen projects serve, per village at most its poor. */
  POOR_PERSONS_SERVED("受益贫困人口", "poor persons served"),
  /** Villages above the exit line whose incidence the chosen projects bring below it. */
  VILLAGES_EXITING("达到退出标准的贫困村", "villages reaching the exit line"),
  /**
   * Persons out of poverty at the end of the run beyond the run without the plan's projects: of
   * the households that run leaves poor ({@link VillageSummary#stillPoor()}), the persons of those
   * whose needs the chosen projects serving their village meet, uplift and guarantees; the
   * simulation measures the same as the fall in poor persons at the end.
   */
  ADDITIONAL_PERSONS_OUT("比不实施项目多脱贫人数", "persons out of poverty beyond the run without projects");

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
