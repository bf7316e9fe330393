package org.jingzhun.eligibility.medical;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.money.Share;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 资助参保 — the subsidy of the personal premium of basic medical insurance (城乡居民基本医疗保险
 * 个人缴费) for each member of a poor household, by the household's category: {@code medical.premium-subsidy.share.extreme}
 * of the premium {@code medical.premium.personal} for an extreme-poverty (特困, 五保) household,
 * {@code medical.premium-subsidy.share.dibao} for a dibao household, {@code medical.premium-subsidy.share.registered-poor} for another registered poor
 * household; rounded to the fen by {@code medical.rounding}.
 */
public final class PremiumSubsidy {
  /** The parameter {@code medical.premium.personal}: the personal premium a year of resident medical insurance (城乡居民医保个人缴费标准). */
  public static final ParameterKey<Money> PREMIUM = ParameterKey.money("medical.premium.personal");
  /** The parameter {@code medical.premium-subsidy.share.extreme}: share subsidised for an extreme-poverty member (特困人员资助比例). */
  public static final ParameterKey<Share> SHARE_EXTREME = ParameterKey.share("medical.premium-subsidy.share.extreme");
  /** The parameter {@code medical.premium-subsidy.share.dibao}: share subsidised for a dibao member (低保对象资助比例). */
  public static final ParameterKey<Share> SHARE_DIBAO = ParameterKey.share("medical.premium-subsidy.share.dibao");
  /** The parameter {@code medical.premium-subsidy.share.registered-poor}: share subsidised for another registered poor member (建档立卡贫困人口资助比例). */
  public static final ParameterKey<Share> SHARE_POOR = ParameterKey.share("medical.premium-subsidy.share.registered-poor");

  /** The term 资助参保 (premium subsidy), as explanations print it. */
  public static final Term RULE = Term.of("medical.premium-subsidy", "资助参保", "premium subsidy for medical insurance");

  /** 资助类别 — the category a member's premium is subsidised by. */
  public enum Category {
    /** 特困人员 — a member of an extreme-poverty household. */
    EXTREME,
    /** 低保对象 — a member of a dibao household. */
    DIBAO,
    /** 建档立卡贫困人口 — a member of another poor household. */
    REGISTERED_POOR
  }

  private final Reading premium;
  private final Reading extreme;
  private final Reading dibao;
  private final Reading poor;
  private final Reading rounding;
  private final long[] fen = new long[Category.values().length];

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(PREMIUM);
    read.need(SHARE_EXTREME);
    read.need(SHARE_DIBAO);
    read.need(SHARE_POOR);
    read.need(MedicalCascade.ROUNDING);
  }

  private PremiumSubsidy(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, PremiumSubsidy::need);
    this.premium = book.get(PREMIUM, region, date);
    this.extreme = book.get(SHARE_EXTREME, region, date);
    this.dibao = book.get(SHARE_DIBAO, region, date);
    this.poor = book.get(SHARE_POOR, region, date);
    this.rounding = book.get(MedicalCascade.ROUNDING, region, date);
    RoundingMode mode = rounding.value(MedicalCascade.ROUNDING);
    for (Category c : Category.values()) {
      fen[c.ordinal()] = premium.value(PREMIUM).times(share(c).share(), mode).fen();
    }
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static PremiumSubsidy resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(PremiumSubsidy.class, region, date, PremiumSubsidy::new);
  }

  /**
   * {@return the subsidy a year of one member in {@code category}, in fen}
   *
   * @param category the member's category
   */
  public long yearlyFen(Category category) {
    return fen[category.ordinal()];
  }

  /**
   * {@return the subsidy a year of one member in {@code category}}
   *
   * @param category the member's category
   */
  public Money yearly(Category category) {
    return Money.ofFen(yearlyFen(category));
  }

  /**
   * Cites the premium, the share of {@code category} and the rounding in {@code trace}.
   *
   * @param category the category whose share applies
   * @param trace where the parameters are recorded
   */
  public void cite(Category category, Trace trace) {
    trace.parameter(premium).parameter(share(category)).parameter(rounding);
  }

  private Reading share(Category c) {
    return switch (c) {
      case EXTREME -> extreme;
      case DIBAO -> dibao;
      case REGISTERED_POOR -> poor;
    };
  }
}
