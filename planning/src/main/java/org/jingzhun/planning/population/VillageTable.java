package org.jingzhun.planning.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.region.RegionCode;

/** The villages of a {@link Population}, numbered from 0 in the order first added. */
final class VillageTable {
  private final List<RegionCode> codes;
  private final Map<RegionCode, Integer> index;

  VillageTable() {
    codes = new ArrayList<>();
    index = new HashMap<>();
  }

  /** A copy of {@code o}. */
  VillageTable(VillageTable o) {
    codes = new ArrayList<>(o.codes);
    index = new HashMap<>(o.index);
  }

  /** {@return the index of {@code code}, adding it if new} */
  int add(RegionCode code) {
    return index.computeIfAbsent(code, c -> {
      codes.add(c);
      return codes.size() - 1;
    });
  }

  /** {@return the code of village {@code i}} */
  RegionCode get(int i) {
    return codes.get(i);
  }

  /** {@return the villages in index order (a live view)} */
  List<RegionCode> codes() {
    return codes;
  }

  /** {@return the number of villages} */
  int size() {
    return codes.size();
  }
}
