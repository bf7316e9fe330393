package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 退出评估 — the result of an exit test: every criterion with pass or fail and its figures. */
@Value.Immutable
@JsonSerialize(as = ImmutableExitAssessment.class)
@JsonDeserialize(as = ImmutableExitAssessment.class)
public abstract class ExitAssessment {

  /**
   * {@return every criterion checked, in the order of the policy; the case passes when all pass}
   */
  public abstract List<CriterionResult> criteria();

  /** {@return whether every criterion passed} */
  public final boolean passed() {
    for (CriterionResult c : criteria()) {
      if (!c.passed()) {
        return false;
      }
    }
    return true;
  }

  /** {@return the criteria that failed} */
  public final List<ExitCriterion> failed() {
    return criteria().stream().filter(c -> !c.passed()).map(CriterionResult::criterion).toList();
  }

  /** {@return a builder of a new {@link ExitAssessment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableExitAssessment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(!criteria().isEmpty(), "criteria", "[]", "an assessment has at least one criterion");
    v.throwIfAny();
  }
}
