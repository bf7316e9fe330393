package org.jingzhun.core.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;

/**
 * 行政区划代码 — a region's code: GB/T 2260 for province, city and county (six digits,
 * {@code 511902} Bazhou District), extended as the statistics bureau's division codes do with
 * three digits for the township ({@code 511902101}) and three for the village
 * ({@code 511902101201}). {@code 000000} is the nation.
 *
 * <p>The parent of a region zeroes its lowest non-zero part: village → township → county →
 * city → province → nation. A county directly under a province (codes {@code xx90xx}) has
 * the province's city part {@code 90}, which is treated as its city, as the standard does.
 */
@JsonDeserialize(using = ValueDeserializers.RegionCodeDeserializer.class)
public final class RegionCode implements Comparable<RegionCode> {
  /** The nation, {@code 000000}: the root of every chain. */
  public static final RegionCode NATION = new RegionCode(0L);

  private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
  private static final ImmutableSet<Integer> PROVINCES =
      ImmutableSet.of(
          11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
          51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
  private static final long[] UNIT = {
    0L, 10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L
  };

  /** The twelve-digit division code, right-padded with zeros. */
  private final long code;

  private RegionCode(long code) {
    this.code = code;
  }

  /**
   * Parses a code of 6, 9 or 12 digits.
   *
   * @param text the code's digits
   * @return the code
   * @throws ValidationException if it has another form, an unknown province, or a lower part
   *     set under a zero higher part (such as a village in township 000)
   */
  public static RegionCode of(String text) {
    if (text == null || !DIGITS.matcher(text).matches()) {
      throw ValidationException.of(
          "", text, "is not a region code of 6 (county and above), 9 (township) or 12 (village) digits");
    }
    long code = Long.parseLong(text) * (text.length() == 6 ? 1_000_000L : text.length() == 9 ? 1_000L : 1L);
    if (code == 0) {
      return NATION;
    }
    int province = (int) (code / UNIT[1]);
    if (!PROVINCES.contains(province)) {
      throw ValidationException.of("", text, "is not a region code: no province has code " + province);
    }
    RegionCode region = new RegionCode(code);
    for (int level = 1; level < 5; level++) {
      if (region.part(level) == 0 && region.lowerPartsAfter(level) != 0) {
        throw ValidationException.of(
            "", text, "is not a region code: a lower level is set under an empty " + RegionLevel.values()[level].name().toLowerCase(java.util.Locale.ROOT) + " part");
      }
    }
    return region;
  }

  private int part(int level) {
    long above = code / UNIT[level];
    return (int) (level == 1 ? above : above % (UNIT[level - 1] / UNIT[level]));
  }

  private long lowerPartsAfter(int level) {
    return code % UNIT[level];
  }

  /** {@return the level of this region} */
  public RegionLevel level() {
    if (code == 0) {
      return RegionLevel.NATION;
    }
    for (int level = 5; level >= 1; level--) {
      if (part(level) != 0) {
        return RegionLevel.values()[level];
      }
    }
    throw new AssertionError(code);
  }

  /** {@return whether this is the nation} */
  public boolean isNation() {
    return code == 0;
  }

  /** {@return the region directly above; the nation has none and returns itself} */
  public RegionCode parent() {
    if (code == 0) {
      return this;
    }
    int level = level().ordinal();
    return level == 1 ? NATION : new RegionCode(code - part(level) * UNIT[level]);
  }

  /** {@return this region and every region above it, nearest first, ending with the nation} */
  public List<RegionCode> chain() {
    ImmutableList.Builder<RegionCode> out = ImmutableList.builder();
    RegionCode r = this;
    out.add(r);
    while (!r.isNation()) {
      r = r.parent();
      out.add(r);
    }
    return out.build();
  }

  /**
   * {@return whether this region is {@code other} or lies inside it}
   *
   * @param other the region that may contain this one
   */
  public boolean isWithin(RegionCode other) {
    RegionCode r = this;
    while (true) {
      if (r.equals(other)) {
        return true;
      }
      if (r.isNation()) {
        return false;
      }
      r = r.parent();
    }
  }

  /**
   * {@return the ancestor of this region at {@code level}, if this region is at or below it}
   *
   * @param level the level, at or above this code's
   */
  public RegionCode at(RegionLevel level) {
    RegionCode r = this;
    while (r.level().ordinal() > level.ordinal()) {
      r = r.parent();
    }
    return r;
  }

  @Override
  public int compareTo(RegionCode o) {
    return Long.compare(code, o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode r && r.code == code;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(code);
  }

  /** Six digits for a county or above, nine for a township, twelve for a village. */
  @JsonValue
  @Override
  public String toString() {
    // zero-padded by hand: String.format costs more than the rest of a policy file's entry (it is called for each)
    String digits = Long.toString(code);
    String twelve = "000000000000".substring(digits.length()) + digits;
    RegionLevel level = level();
    return level == RegionLevel.VILLAGE
        ? twelve
        : level == RegionLevel.TOWNSHIP ? twelve.substring(0, 9) : twelve.substring(0, 6);
  }
}
