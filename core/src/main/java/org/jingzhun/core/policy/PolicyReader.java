package org.jingzhun.core.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 参数需求 — collects what a calculation needs from a policy book for one region and date, so
 * that every parameter it cannot have is reported at once, before anything is computed.
 *
 * <p>A rule lists what it reads ({@link #need}, {@link #ifInForce}; {@link #lagged} for what
 * it reads on an earlier date), then {@link #throwIfGaps()} throws one
 * {@link ValidationException} whose violations are all of kind
 * {@link org.jingzhun.core.validation.Violation.Kind#NO_POLICY}, each naming the parameter, the
 * date asked, the date read and why, and the regions searched. Readers made from one another
 * share their gaps, so a calculation made of several rules reports them all together.
 */
public final class PolicyReader {
  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate asked;
  private final LocalDate read;
  private final Optional<PolicyGap.Lag> lag;
  private final Map<String, PolicyGap> gaps;
  private final Map<String, Reading> found;

  private PolicyReader(PolicyBook book, RegionCode region, LocalDate asked, LocalDate read,
      Optional<PolicyGap.Lag> lag, Map<String, PolicyGap> gaps, Map<String, Reading> found) {
    this.book = book;
    this.region = region;
    this.asked = asked;
    this.read = read;
    this.lag = lag;
    this.gaps = gaps;
    this.found = found;
  }

  /**
   * {@return a reader of {@code book} for {@code region} on {@code date}, with no gaps yet}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static PolicyReader of(PolicyBook book, RegionCode region, LocalDate date) {
    return new PolicyReader(book, region, date, date, Optional.empty(), new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * Checks that {@code book} can give everything {@code needs} lists for {@code region} on
   * {@code date}: a rule's first line, before it reads anything.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param needs lists every parameter the rules read, e.g. {@code DibaoRules::need}
   * @throws ValidationException of kind {@code NO_POLICY} listing every gap at once
   */
  public static void check(PolicyBook book, RegionCode region, LocalDate date, Consumer<PolicyReader> needs) {
    PolicyReader read = of(book, region, date);
    needs.accept(read);
    read.throwIfGaps();
  }

  /**
   * {@return a reader of the same book and region on {@code date}, sharing this reader's gaps, for
   * a rule that reads a parameter on an earlier date than the one asked for}
   *
   * @param chinese why, in Chinese (e.g. 识别采用上一年的扶贫标准)
   * @param english why, in English (e.g. the identification line lags one year)
   * @param date the day whose values are read instead of the one asked
   */
  public PolicyReader lagged(LocalDate date, String chinese, String english) {
    return new PolicyReader(book, region, asked, date, Optional.of(new PolicyGap.Lag(chinese, english)), gaps, found);
  }

  /** {@return the book read} */
  public PolicyBook book() {
    return book;
  }

  /** {@return the region read for} */
  public RegionCode region() {
    return region;
  }

  /** {@return the date this reader reads on} */
  public LocalDate date() {
    return read;
  }

  /**
   * {@return the value of {@code name} in force; a gap is recorded when there is none or it is
   * refused}
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   */
  public Optional<Reading> need(String name) {
    Optional<Reading> found = book.nearest(name, region, read);
    if (found.isEmpty() || book.refuses(found.get())) {
      gaps.putIfAbsent(name + "@" + read, new PolicyGap(name, region, asked, read, lag, found));
      return Optional.empty();
    }
    this.found.putIfAbsent(name + "@" + read, found.get());
    return found;
  }

  /**
   * {@return the value of {@code name} in force, if any: for a parameter whose absence means the
   * rule does not apply} A value in force that an official-only book refuses is still a gap.
   *
   * @param name the parameter's name, e.g. {@code dibao.standard.rural}
   */
  public Optional<Reading> ifInForce(String name) {
    Optional<Reading> found = book.nearest(name, region, read);
    if (found.isPresent()) {
      return need(name);
    }
    return found;
  }

  /**
   * {@return the value of {@code key}'s parameter in force; a gap is recorded when there is none
   * or it is refused}
   *
   * @param key the parameter's key, e.g. {@code DibaoRules.STANDARD}
   */
  public Optional<Reading> need(ParameterKey<?> key) {
    return need(key.name());
  }

  /**
   * {@return the value of {@code key}'s parameter in force, if any: for a parameter whose absence
   * means the rule does not apply} A value in force that an official-only book refuses is still a gap.
   *
   * @param key the parameter's key
   */
  public Optional<Reading> ifInForce(ParameterKey<?> key) {
    return ifInForce(key.name());
  }

  /**
   * {@return the names of the parameters read so far whose values are not official (estimated or
   * unverified), in the order read, once each}
   */
  public List<String> unofficialParameters() {
    return found.values().stream().filter(r -> !r.official()).map(Reading::parameterName).distinct().toList();
  }

  /**
   * {@return every value read so far (a gap is not a value), in the order read, once each per
   * parameter and date read}: what a result can cite as the parameters that produced it
   */
  public List<Reading> readings() {
    return List.copyOf(found.values());
  }

  /** {@return whether a gap has been found} */
  public boolean hasGaps() {
    return !gaps.isEmpty();
  }

  /** {@return every gap found so far, in the order found} */
  public List<PolicyGap> gaps() {
    return List.copyOf(gaps.values());
  }

  /** Throws one exception listing every gap found, if any. */
  public void throwIfGaps() {
    if (!gaps.isEmpty()) {
      throw new ValidationException(gaps.values().stream().map(PolicyGap::toViolation).toList());
    }
  }
}
