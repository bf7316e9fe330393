package org.jingzhun.eligibility.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCause;

/**
 * 对应规则 — one row of the five-batches mapping: a cause of poverty or a household attribute,
 * the batch it points to, and its weight.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record BatchRule(Optional<PovertyCause> cause, Optional<HouseholdAttribute> attribute, FiveBatch batch, BigDecimal weight) {}
