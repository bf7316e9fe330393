package org.jingzhun.core.region;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 区划名录 — the names of the regions Jingzhun ships: every province, and Sichuan's Bazhong
 * City with its districts and counties. A region missing here still works everywhere; it
 * just has no name to print.
 */
public final class RegionDirectory {
  private static final RegionDirectory SHIPPED = load();

  private final ImmutableMap<RegionCode, Region> regions;

  private RegionDirectory(ImmutableMap<RegionCode, Region> regions) {
    this.regions = regions;
  }

  /** {@return the directory of shipped regions} */
  public static RegionDirectory shipped() {
    return SHIPPED;
  }

  /**
   * {@return the named region with {@code code}, if shipped}
   *
   * @param code the region's code
   */
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** {@return every shipped region, by code} */
  public Map<RegionCode, Region> all() {
    return regions;
  }

  /**
   * {@return the Chinese name of {@code code}, or the code itself when not shipped}
   *
   * @param code the region's code
   */
  public String chineseName(RegionCode code) {
    return find(code).map(Region::chinese).orElse(code.toString());
  }

  /**
   * {@return the English name of {@code code}, or the code itself when not shipped}
   *
   * @param code the region's code
   */
  public String englishName(RegionCode code) {
    return find(code).map(Region::english).orElse(code.toString());
  }

  private static RegionDirectory load() {
    try (InputStream in = RegionDirectory.class.getResourceAsStream("regions.yaml")) {
      List<Map<String, String>> rows =
          new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      ImmutableMap.Builder<RegionCode, Region> out = ImmutableMap.builder();
      for (Map<String, String> row : rows) {
        RegionCode code = RegionCode.of(row.get("code"));
        out.put(code, new Region(code, row.get("zh"), row.get("en")));
      }
      return new RegionDirectory(out.buildOrThrow());
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped region names cannot be read", e);
    }
  }
}
