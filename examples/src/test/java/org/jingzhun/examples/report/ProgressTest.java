package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theFinalRenderingShowsEveryStepDone() {
    List<String> lines = new ArrayList<>();
    try (Progress p = Progress.rendered("households", 10, lines::add)) {
      for (int i = 0; i < 10; i++) {
        p.step();
      }
      assertEquals(10, p.current());
    }
    assertFalse(lines.isEmpty());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("households") && last.contains("100%") && last.contains("10/10"), last);
  }

  @Test
  void aQuietProgressCountsNothingAndShowsNothing() {
    try (Progress p = Progress.quiet()) {
      p.stepBy(5);
      assertEquals(0, p.current());
    }
  }
}
