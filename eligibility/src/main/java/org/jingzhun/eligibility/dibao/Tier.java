package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 分档 — one tier of tiered dibao payment: a household whose per-capita income is below
 * {@code below} × the standard (and not in an earlier tier) is paid {@code pay} × the standard
 * per member per month.
 */
public record Tier(Share below, Share pay) {

  /**
   * Checks the tier: both shares are required.
   *
   * @param below the tier applies to a per-capita income below this share of the standard
   * @param pay the payment per member per month, as a share of the standard
   * @throws ValidationException listing every violation with its field
   */
  public Tier {
    Violations v = Violations.collect();
    v.require("below", below);
    v.require("pay", pay);
    v.throwIfAny();
  }
}
