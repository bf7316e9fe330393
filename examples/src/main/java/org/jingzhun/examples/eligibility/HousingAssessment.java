package org.jingzhun.examples.eligibility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.housing.RelocationAssessment;

/**
 * 住房安全核定 — the housing aid of a request: the renovation grant of a C or D dwelling (absent
 * for A and B, or when no grade was given) and the relocation assessment when a plan was given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousingAssessment.class)
@JsonDeserialize(as = ImmutableHousingAssessment.class)
public abstract class HousingAssessment {

  /** 危房改造补助 — once, for a C (reinforced) or D (rebuilt) dwelling. */
  public abstract Optional<Money> renovationGrant();

  /** 搬迁核定 — the floor-area check and subsidy of the relocation asked about. */
  public abstract Optional<RelocationAssessment> relocation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableHousingAssessment.Builder {}
}
