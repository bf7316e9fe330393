package org.jingzhun.examples.eligibility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.core.household.RelocationPlan;

/**
 * 住房安全核定请求 — what to price for a household's housing: the danger grade of its dwelling
 * (a C or D dwelling gets a renovation grant), a relocation plan (checked against the floor-area
 * limit and priced), or both.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousingRequest.class)
@JsonDeserialize(as = ImmutableHousingRequest.class)
public abstract class HousingRequest {

  /** 危房等级 — the dwelling's safety grade A–D, if a renovation grant is asked about. */
  public abstract Optional<HousingSafetyGrade> grade();

  /** 易地扶贫搬迁 — the relocation, if one is planned. */
  public abstract Optional<RelocationPlan> relocation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableHousingRequest.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(grade().isPresent() || relocation().isPresent(), "grade", "",
        "give the dwelling's grade, a relocation plan, or both");
    v.throwIfAny();
  }
}
