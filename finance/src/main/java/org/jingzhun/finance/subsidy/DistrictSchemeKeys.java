package org.jingzhun.finance.subsidy;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.ParameterKey;

/**
 * 区级贴息项目参数 — the keys of one of the district's interest-subsidy programmes, all under one
 * prefix: the share of interest paid ({@code interestShare}: without it the programme is not in
 * force), the rate it pays up to ({@code subsidisedRate}), and, where the book sets them, the
 * largest loan ({@code maxPrincipal}) and longest term ({@code maxTermYears}).
 *
 * @param interestShare the share of interest paid
 * @param subsidisedRate the rate paid up to
 * @param maxPrincipal the largest subsidised loan
 * @param maxTermYears the longest subsidised term, in years
 */
public record DistrictSchemeKeys(ParameterKey<Share> interestShare, ParameterKey<SubsidisedRate> subsidisedRate,
    ParameterKey<Money> maxPrincipal, ParameterKey<Integer> maxTermYears) {

  /**
   * {@return the keys of the programme whose parameters are named {@code prefix} + their field}
   *
   * @param prefix the names' common start, e.g. {@code finance.agriIndustry.}
   */
  public static DistrictSchemeKeys under(String prefix) {
    return new DistrictSchemeKeys(ParameterKey.share(prefix + "interestShare"),
        ParameterKey.choice(prefix + "subsidisedRate", SubsidisedRate.class),
        ParameterKey.money(prefix + "maxPrincipal"), ParameterKey.count(prefix + "maxTermYears"));
  }

  /** {@return the four keys} */
  public List<ParameterKey<?>> keys() {
    return List.of(interestShare, subsidisedRate, maxPrincipal, maxTermYears);
  }
}
