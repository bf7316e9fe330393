package org.jingzhun.benchmarks.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class LargePolicyFilesTest {
  private static PolicyBook load(String name, String text) {
    return PolicyBook.load(PolicyFile.of(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theYamlAndJsonFilesHoldTheSameValues() {
    PolicyBook yaml = load("large.yaml", LargePolicyFiles.yaml(3, 4));
    PolicyBook json = load("large.json", LargePolicyFiles.json(3, 4));
    // parameter 2 in 1953 (the fourth year from 1950): 100 + 3 = 103 yuan, in both forms
    for (PolicyBook book : new PolicyBook[] {yaml, json}) {
      assertEquals(Money.ofYuan(103), book.get("benchmark.p2", RegionCode.of("510000"), LocalDate.of(1953, 6, 1)).money());
    }
  }

  @Test
  void theBenchmarkFilesAreTenMebibytesAndOneParameterMoreAtMost() {
    for (String text : new String[] {LargePolicyFiles.yamlOfSize(LargePolicyFiles.TEN_MB, 60),
        LargePolicyFiles.jsonOfSize(LargePolicyFiles.TEN_MB, 60)}) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      // a parameter of 60 values is under 6,000 bytes in either form
      assertTrue(bytes >= 10_485_760 && bytes < 10_485_760 + 6_000, "bytes: " + bytes);
    }
  }
}
