package org.jingzhun.core.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.time.IsoDate;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * The deserializer of each value type, named by the type's {@code @JsonDeserialize}: its one
 * validating factory from text, which a JSON number reaches as the same text.
 */
public final class ValueDeserializers {
  private ValueDeserializers() {}

  /**
   * Money: yuan, as text ({@code "6000.00"}) or a number ({@code 6000}, the same 6,000.00 yuan),
   * at most two decimal places, within {@link InputLimits#MAX_AMOUNT_FEN}.
   */
  public static final class MoneyDeserializer extends ValueDeserializer<Money> {
    public MoneyDeserializer() {
      super(Money.class, "an amount of yuan such as \"1234.56\"", MoneyDeserializer::bounded);
    }

    private static Money bounded(String text) {
      Money amount = Money.ofYuan(text);
      InputLimits.checkAmount(amount.fen(), text);
      return amount;
    }
  }

  /** A share from 0 to 1: {@code "0.4"}, {@code "40%"} or {@code 0.4}. */
  public static final class ShareDeserializer extends ValueDeserializer<Share> {
    public ShareDeserializer() {
      super(Share.class, "a share from 0 to 1 such as \"0.4\" or \"40%\"", Share::parse);
    }
  }

  /** An annual rate: {@code "4.75%"}, {@code "475bp"}, or the fraction {@code 0.0475}. */
  public static final class AnnualRateDeserializer extends ValueDeserializer<AnnualRate> {
    public AnnualRateDeserializer() {
      super(AnnualRate.class, "an annual rate such as \"4.75%\" or 0.0475", AnnualRate::parse);
    }
  }

  /** A ratio of whole numbers: {@code "4:3:2:1"}. */
  public static final class RatioDeserializer extends ValueDeserializer<Ratio> {
    public RatioDeserializer() {
      super(Ratio.class, "a ratio of whole numbers such as \"4:3:2:1\"", Ratio::parse);
    }
  }

  /** A region code of 6, 9 or 12 digits, text or number alike. */
  public static final class RegionCodeDeserializer extends ValueDeserializer<RegionCode> {
    public RegionCodeDeserializer() {
      super(RegionCode.class, "a region code of 6, 9 or 12 digits such as \"511902\"", RegionCode::of);
    }
  }

  /** A quarter: {@code "2019-Q3"}. */
  public static final class QuarterDeserializer extends ValueDeserializer<Quarter> {
    public QuarterDeserializer() {
      super(Quarter.class, "a quarter such as \"2019-Q3\"", Quarter::parse);
    }
  }

  /**
   * A date: text {@code YYYY-MM-DD} only, through {@link IsoDate#parse}; a number (an epoch day,
   * {@code 20190601}) is refused.
   */
  public static final class DateDeserializer extends ValueDeserializer<LocalDate> {
    public DateDeserializer() {
      super(LocalDate.class, "a date written YYYY-MM-DD", IsoDate::parse);
    }

    @Override
    protected LocalDate fromNumber(BigDecimal number) {
      throw ValidationException.of("", plain(number), "a date is written as text YYYY-MM-DD (\"2019-06-01\"), not as a number");
    }
  }
}
