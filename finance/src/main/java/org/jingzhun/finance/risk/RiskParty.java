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

  /** {@return the party's name, unique in the agreement, e.g. 巴州区扶贫小额信贷风险补偿金} */
  public abstract String name();

  /** {@return what kind of party it is: the risk fund, a bank, a guarantor, a government…} */
  public abstract PartyKind kind();

  /** {@return its share of a covered loss; the shares of an agreement add up to exactly one} */
  public abstract Share share();

  /**
   * {@return the party {@code name} of {@code kind} bearing {@code share} of the loss}
   *
   * @param name the party's name
   * @param kind what kind of party it is
   * @param share its share of the covered loss
   */
  public static RiskParty of(String name, PartyKind kind, Share share) {
    return ImmutableRiskParty.builder().name(name).kind(kind).share(share).build();
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
    if (v.require("name", name())) {
      v.check(!name().isBlank(), "name", name(), "may not be blank");
    }
    v.require("kind", kind());
    v.require("share", share());
    v.throwIfAny();
  }
}
