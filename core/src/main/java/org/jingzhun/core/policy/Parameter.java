package org.jingzhun.core.policy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableRangeMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.region.RegionCode;

/**
 * 政策参数 — a number (or table) that a policy document sets: its name, unit, description in
 * Chinese and English, and per region a timeline of dated, cited values. A region without a
 * timeline of its own inherits its parent's (see {@link PolicyBook#find}).
 */
public final class Parameter {
  private final String name;
  private final Unit unit;
  private final String descriptionZh;
  private final String descriptionEn;
  private final boolean continuous;
  private final Optional<ParameterKey<?>> key;
  private final ImmutableMap<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> timelines;

  Parameter(
      String name,
      Unit unit,
      String descriptionZh,
      String descriptionEn,
      boolean continuous,
      Optional<ParameterKey<?>> key,
      Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> timelines) {
    this.name = name;
    this.unit = unit;
    this.descriptionZh = descriptionZh;
    this.descriptionEn = descriptionEn;
    this.continuous = continuous;
    this.key = key;
    this.timelines = ImmutableMap.copyOf(timelines);
  }

  /** {@return the name, e.g. {@code dibao.standard.rural}} */
  public String name() {
    return name;
  }

  /** {@return the unit every value of the parameter is in} */
  public Unit unit() {
    return unit;
  }

  /** {@return the description in Chinese, e.g. 农村低保标准} */
  public String descriptionZh() {
    return descriptionZh;
  }

  /** {@return the description in English, e.g. "rural dibao standard"} */
  public String descriptionEn() {
    return descriptionEn;
  }

  /**
   * {@return whether a region's timeline must run without gaps from its first value to its last}
   */
  public boolean continuous() {
    return continuous;
  }

  /** The key that types a table parameter's values, when its module declares one. */
  Optional<ParameterKey<?>> key() {
    return key;
  }

  /** {@return every region's own values (not inherited ones), in date order, by region} */
  public Map<RegionCode, List<ParameterValue>> timelines() {
    Map<RegionCode, List<ParameterValue>> out = new java.util.LinkedHashMap<>();
    timelines.forEach((region, t) -> out.put(region, List.copyOf(t.asMapOfRanges().values())));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Every region's own timeline as a range map, for the book's look-ups. */
  Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> rangeMaps() {
    return timelines;
  }

  /**
   * {@return the value this region itself sets on {@code date}, not looking at its parents}
   *
   * @param region the region, whose own timeline only is searched (no inheritance)
   * @param date the day whose rules apply
   */
  public Optional<ParameterValue> ownValue(RegionCode region, LocalDate date) {
    ImmutableRangeMap<LocalDate, ParameterValue> timeline = timelines.get(region);
    return timeline == null ? Optional.empty() : Optional.ofNullable(timeline.get(date));
  }

  Parameter withTimelines(Map<RegionCode, ImmutableRangeMap<LocalDate, ParameterValue>> replaced) {
    return new Parameter(name, unit, descriptionZh, descriptionEn, continuous, key, replaced);
  }

  @Override
  public String toString() {
    return name + " (" + unit + ")";
  }
}
