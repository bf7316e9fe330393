package org.jingzhun.finance.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.Violations;

/** 分险主体 — a party to a risk-sharing agreement, with its agreed share of a covered loss. */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskParty.class)
@JsonDeserialize(as = ImmutableRiskParty.class)
public abstract class RiskParty {

  /** The party's name, unique in the agreement, e.g. 巴州区扶贫小额信贷风险补偿金. */
  public abstract String name();

  public abstract PartyKind kind();

  /** Its share of a covered loss; the shares of an agreement add up to exactly one. */
  public abstract Share share();

  public static RiskParty of(String name, PartyKind kind, Share share) {
    return ImmutableRiskParty.builder().name(name).kind(kind).share(share).build();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("name", name())) {
      v.check(!name().isBlank(), "name", name(), "may not be blank");
    }
    v.require("kind", kind());
    v.require("share", share());
    v.throwIfAny();
  }
}
