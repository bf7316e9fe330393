package org.jingzhun.core.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionDirectory;
import org.jingzhun.core.validation.Violation;

/**
 * 政策缺口 — a parameter a calculation needs that the book cannot answer: no value is in force
 * for the region or any region above it on the date read, or (in an official-only book) the
 * value in force rests on an estimate or an unverified source and is refused.
 *
 * @param parameter the parameter's name
 * @param region the region asked for
 * @param asked the date the caller asked for
 * @param read the date the rule read the parameter on: {@code asked}, or an earlier date where
 *     the rule lags (identification reads the line of the year before)
 * @param lag why the rule reads another date, in Chinese and English; empty when it does not
 * @param refused the value in force that an official-only book refused, if that is the cause
 */
public record PolicyGap(
    String parameter, RegionCode region, LocalDate asked, LocalDate read, Optional<Lag> lag, Optional<Reading> refused) {

  /**
   * Why a rule reads a parameter on another date than the one asked for.
   *
   * @param chinese the reason in Chinese, e.g. 识别采用上一年的扶贫标准
   * @param english the reason in English, e.g. the identification line lags one year
   */
  public record Lag(String chinese, String english) {}

  /** {@return the regions searched, nearest first: the region asked, its parents, the nation} */
  public List<RegionCode> searched() {
    return region.chain();
  }

  /**
   * {@return this gap as a violation of kind {@link Violation.Kind#NO_POLICY}, its path the
   * parameter's name}
   */
  public Violation toViolation() {
    return new Violation(parameter, read.toString(), message(), Violation.Kind.NO_POLICY);
  }

  /**
   * {@return the message, in Chinese and English: what is missing, where it was looked for, why
   * this date}
   */
  public String message() {
    String chain = searched().stream().map(RegionCode::toString).collect(Collectors.joining(" → "));
    String where = region + " (" + RegionDirectory.shipped().chineseName(region) + ")";
    StringBuilder s = new StringBuilder();
    if (refused.isPresent()) {
      Reading r = refused.get();
      s.append("仅采用官方数字：参数取值依据为“").append(r.entry().source().confidence().chinese()).append("”，不予采用 / ")
          .append("official figures only: the value of parameter '").append(parameter).append("' in force for region ")
          .append(where).append(" on ").append(read).append(" (set by ").append(r.region()).append(" at ")
          .append(r.entry().origin()).append(") is ").append(r.entry().source().confidence().english()).append(", and is refused");
    } else {
      s.append("无政策参数 / no value of parameter '").append(parameter).append("' is in force for region ").append(where)
          .append(" on ").append(read).append(" (searched ").append(chain).append(")");
    }
    if (!read.equals(asked)) {
      s.append("; the calculation for ").append(asked).append(" reads it on ").append(read);
      lag.ifPresent(l -> s.append(": ").append(l.english()).append("（").append(l.chinese()).append("）"));
    }
    return s.toString();
  }
}
