package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;

/**
 * 分类施保标准 — a classified add-on as a table parameter: none, a share of the dibao standard,
 * or a fixed sum, per qualifying member per month.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddOnRule(Basis basis, Optional<Share> share, Optional<Money> amount) {

  /** How the add-on is set. */
  public enum Basis { NONE, SHARE_OF_STANDARD, FIXED }

  /** The add-on per member per month under {@code standard}, rounded by {@code rounding}. */
  Money monthly(Money standard, java.math.RoundingMode rounding) {
    return switch (basis) {
      case NONE -> Money.ZERO;
      case SHARE_OF_STANDARD -> standard.times(share.orElseThrow(() -> new IllegalStateException("add-on share missing")), rounding);
      case FIXED -> amount.orElseThrow(() -> new IllegalStateException("add-on amount missing"));
    };
  }
}
