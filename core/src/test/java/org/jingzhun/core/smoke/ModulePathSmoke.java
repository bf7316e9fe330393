package org.jingzhun.core.smoke;

import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionDirectory;

/**
 * Run by {@link ModulePathIT} in a separate JVM with core on the module path: JSON through
 * every opened package, the shipped region names and a parameter file. Prints "ok".
 */
public final class ModulePathSmoke {
  private ModulePathSmoke() {}

  public static void main(String[] args) {
    String json = """
        {"id": "H1", "village": "511902101201", "housing": "B", "safeDrinkingWater": true,
         "income": {"wages": "6000.00"},
         "members": [{"id": "P1", "birthDate": "1970-05-01", "relationship": "HEAD", "labourCapacity": "FULL"}]}
        """;
    Household h = JingzhunJson.read(json, Household.class);
    if (!JingzhunJson.read(JingzhunJson.write(h), Household.class).equals(h)) {
      throw new AssertionError("household did not round-trip");
    }
    PolicyBook book = PolicyBook.load(new PolicyFile("smoke.yaml", """
        parameters:
          x: {unit: YUAN, description: {zh: 数, en: x}, values: {"510000": [{from: 2015-01-01, value: 1, source: {issuer: a, title: b, confidence: LOCAL}}]}}
        """));
    book.get("x", h.village(), LocalDate.of(2020, 1, 1));
    JingzhunJson.write(book.get("x", h.village(), LocalDate.of(2020, 1, 1)).entry().source());
    if (!RegionDirectory.shipped().chineseName(RegionCode.of("511902")).equals("巴州区")) {
      throw new AssertionError("region names not found");
    }
    System.out.println("ok");
  }
}
