package org.jingzhun.examples.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

class ProjectsUnderBudgetTest {

  @Test
  void theExampleRunsAndTheExactAllocatorLiftsOutAtLeastAsManyAsTheGreedyOne() {
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "example", "projects-under-budget");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("合成数据"), r.out());
    Matcher m = Pattern.compile("exact minus greedy: (-?\\d+) persons").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Integer.parseInt(m.group(1)) >= 0, r.out());
  }

  @Test
  void anUnknownExampleIsExitStatusTwo() {
    CliRun.Result r = CliRun.run("example", "no-such-example");
    assertEquals(2, r.status());
    assertEquals("jingzhun example: no example named 'no-such-example'; known: microcredit, projects-under-budget, dibao-reform, register-screening\n", r.err());
  }
}
