package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 第三方评估抽样 — the counts of the third-party assessment of a county put up for exit
 * (贫困县退出专项评估检查, 国开办发〔2017〕56号), from which its three rates are computed:
 * missed identification (漏评率) = persons found poor but not registered / non-registered persons
 * sampled; wrong exits (错退率) = exited persons found still poor / exited persons sampled; public
 * approval (群众认可度) = respondents who approve / respondents.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessmentSample.class)
@JsonDeserialize(as = ImmutableAssessmentSample.class)
public abstract class AssessmentSample {

  /** {@return 抽查的非建档立卡人口 — non-registered persons in the sample} */
  public abstract long nonRegisteredSampled();

  /** {@return 漏评人口 — of those, persons found poor but not registered} */
  public abstract long missedIdentification();

  /** {@return 抽查的已脱贫人口 — persons who exited poverty in the sample} */
  public abstract long exitedSampled();

  /** {@return 错退人口 — of those, persons found still poor} */
  public abstract long wrongExits();

  /** {@return 受访群众 — respondents asked whether they approve} */
  public abstract long respondents();

  /** {@return 认可人数 — of those, respondents who approve} */
  public abstract long approving();

  /** {@return a builder of a new {@link AssessmentSample}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a sample. */
  public static final class Builder extends ImmutableAssessmentSample.Builder {}

  /** {@return 漏评率} */
  public SampleRate missedIdentificationRate() {
    return new SampleRate(missedIdentification(), nonRegisteredSampled());
  }

  /** {@return 错退率} */
  public SampleRate wrongExitRate() {
    return new SampleRate(wrongExits(), exitedSampled());
  }

  /** {@return 群众认可度} */
  public SampleRate publicApproval() {
    return new SampleRate(approving(), respondents());
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    whole(v, "nonRegisteredSampled", nonRegisteredSampled(), "missedIdentification", missedIdentification());
    whole(v, "exitedSampled", exitedSampled(), "wrongExits", wrongExits());
    whole(v, "respondents", respondents(), "approving", approving());
    v.throwIfAny();
  }

  private static void whole(Violations v, String wholeName, long whole, String partName, long part) {
    v.check(whole >= 1, wholeName, whole, "must be at least 1 (a sample of nobody gives no rate)");
    v.check(part >= 0, partName, part, "may not be negative");
    v.check(part <= whole, partName, part, "may not exceed " + wholeName + " (" + whole + ")");
  }
}
