package org.jingzhun.core.json;

import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.time.Quarter;

/** A document of one optional value of each value type, to read them in every JSON form. */
record Values(Optional<Money> amount, Optional<Share> share, Optional<AnnualRate> rate, Optional<Ratio> ratio,
    Optional<RegionCode> region, Optional<LocalDate> date, Optional<Quarter> quarter) {

  /** {@code {"field": json}} read as values. */
  static Values read(String field, String json) {
    return JingzhunJson.read("{\"" + field + "\": " + json + "}", Values.class);
  }
}
