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

  public abstract List<CriterionResult> criteria();

  /** Whether every criterion passed. */
  public final boolean passed() {
    for (CriterionResult c : criteria()) {
      if (!c.passed()) {
        return false;
      }
    }
    return true;
  }

  /** The criteria that failed. */
  public final List<ExitCriterion> failed() {
    return criteria().stream().filter(c -> !c.passed()).map(CriterionResult::criterion).toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableExitAssessment.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(!criteria().isEmpty(), "criteria", "[]", "an assessment has at least one criterion");
    v.throwIfAny();
  }
}
