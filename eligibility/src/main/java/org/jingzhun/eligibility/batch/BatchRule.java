package org.jingzhun.eligibility.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 对应规则 — one row of the five-batches mapping: a cause of poverty or a household attribute,
 * the batch it points to, and its weight.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record BatchRule(Optional<PovertyCause> cause, Optional<HouseholdAttribute> attribute, FiveBatch batch, BigDecimal weight) {

  /**
   * Checks the row: exactly one of a cause or an attribute, a batch, and a weight above zero (a
   * row of weight zero or less could never make its batch primary).
   *
   * @param cause the cause of poverty the row matches; empty when it matches an attribute
   * @param attribute the household attribute the row matches; empty when it matches a cause
   * @param batch the batch the row points to
   * @param weight the row's weight, above zero
   * @throws ValidationException listing every violation with its field
   */
  public BatchRule {
    cause = cause == null ? Optional.empty() : cause;
    attribute = attribute == null ? Optional.empty() : attribute;
    Violations v = Violations.collect();
    v.check(cause.isPresent() != attribute.isPresent(), "cause", cause.map(Object::toString).orElse(""),
        "a row names either a cause or an attribute, not " + (cause.isPresent() ? "both" : "neither"));
    v.require("batch", batch);
    if (v.require("weight", weight)) {
      v.check(weight.signum() > 0, "weight", weight, "must be above zero");
    }
    v.throwIfAny();
  }
}
