package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jingzhun.examples.calculation.Calculations;
import org.junit.jupiter.api.Test;

class JingzhunTest {

  @Test
  void helpListsEverySubcommand() {
    CliRun.Result r = CliRun.run("--help");
    assertEquals(0, r.status());
    for (String name : Calculations.shipped().all().keySet()) {
      assertTrue(r.out().contains("  " + name + "  "), name + " in\n" + r.out());
    }
    for (String name : new String[] {"params", "check", "import-register", "demo"}) {
      assertTrue(r.out().contains("  " + name + "  "), name + " in\n" + r.out());
    }
  }

  @Test
  void everyRegisteredCalculationIsASubcommand() {
    assertTrue(Jingzhun.commandLine(CliRun.environment(org.jingzhun.core.policy.PolicyBook.load()))
        .getSubcommands().keySet().containsAll(Calculations.shipped().all().keySet()));
  }

  @Test
  void withoutASubcommandItShowsUsageAndExitsWithTwo() {
    CliRun.Result r = CliRun.run();
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Usage: jingzhun"), r.err());
  }

  @Test
  void anUnknownSubcommandIsExitStatusTwo() {
    CliRun.Result r = CliRun.run("no-such-calculation");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Try 'jingzhun --help'"), r.err());
  }

  @Test
  void demoSaysItNeedsThePlanningModuleAndComputesNothing() {
    CliRun.Result r = CliRun.run("demo");
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("needs the campaign simulation of the planning module"), r.err());
  }
}
