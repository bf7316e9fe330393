package org.jingzhun.benchmarks.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jingzhun.planning.population.Population;
import org.junit.jupiter.api.Test;

class PopulationFootprintTest {

  @Test
  void theMeasuredPopulationHasAboutThreeAndAHalfMembersPerHouseholdAndOneVillagePer300() {
    Population p = PopulationFootprint.build(30_000, 20_200_101L);
    assertEquals(30_000, p.size());
    assertEquals(100, p.villageCount()); // 30,000 / 300
    double perHousehold = (double) p.memberTotal() / p.size();
    assertTrue(perHousehold > 3.4 && perHousehold < 3.6, "members per household " + perHousehold);
  }

  @Test
  void theFootprintAfterTrimmingIs54BytesPerHouseholdAnd6PerMember() {
    Population p = PopulationFootprint.build(1_000, 3);
    p.trimToSize();
    // per household 4 × (village, first member, 5 income, 4 rigid, flags, id offset) + 2 ×
    // registration year = 54; one more first-member int (4); per member 4 (birth day) + 2
    // (bits) = 6; appended directly, so the id store holds no bytes.
    assertEquals(54L * 1_000 + 4 + 6L * p.memberTotal(), p.footprintBytes());
  }
}
