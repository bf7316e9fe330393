package org.jingzhun.planning.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;

/**
 * 技能培训目标 — the district's aim of at least one practical skill for every poor labourer
 * (每人至少掌握一门致富技能) as a target measure ({@link TargetMeasure#SKILLED_LABOURERS}): the
 * labourers (members who can work, fully or partly) of the registered households, how many of them
 * had been trained in a practical skill by a year's end, and the target level, the share
 * {@code planning.target.skilled-labourer-share} of the labourers rounded up to a whole person.
 */
public final class SkillTarget {
  /** The parameter {@code planning.target.skilled-labourer-share}: the share of poor labourers to hold a skill. */
  public static final ParameterKey<Share> SHARE = ParameterKey.share("planning.target.skilled-labourer-share");

  private SkillTarget() {}

  /**
   * {@return the labourers of the registered households among {@code households}: members whose
   * labour capacity is full or partial}
   *
   * @param households the households, registered or not (only registered ones count)
   */
  public static long poorLabourers(Collection<Household> households) {
    return households.stream().filter(h -> h.registration().isPresent())
        .flatMap(h -> h.members().stream()).filter(Person::isLabourer).count();
  }

  /**
   * {@return of {@link #poorLabourers}, those trained in at least one practical skill by the end
   * of {@code year}}
   *
   * @param households the households, registered or not (only registered ones count)
   * @param year the calendar year
   */
  public static long skilledLabourers(Collection<Household> households, int year) {
    return households.stream().filter(h -> h.registration().isPresent())
        .flatMap(h -> h.members().stream()).filter(p -> p.isLabourer() && p.hasPracticalSkillBy(year)).count();
  }

  /**
   * {@return the target level: share × labourers, rounded up to a whole person (an aim of every
   * labourer is met only by all of them)}
   *
   * @param share the share of labourers to hold a skill
   * @param labourers the number of poor labourers, not negative
   */
  public static long level(Share share, long labourers) {
    if (labourers < 0) {
      throw new IllegalArgumentException("labourers must not be negative but was " + labourers);
    }
    return share.value().multiply(BigDecimal.valueOf(labourers)).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * {@return the target level for {@code labourers} under the share in force in {@code region} on
   * {@code date}}
   *
   * @param book the policy book
   * @param region the region
   * @param date the day whose share applies
   * @param labourers the number of poor labourers, not negative
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if no share
   *     is in force
   */
  public static long level(PolicyBook book, RegionCode region, LocalDate date, long labourers) {
    return level(book.value(SHARE, region, date), labourers);
  }
}
