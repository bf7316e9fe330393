package org.jingzhun.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.cli.Environment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input corpus: hundreds of bad inputs across every subcommand, each run through the
 * command line in-process. Each must end with its exit status, name the field, key or option at
 * fault, show no stack trace and no Java class name, and write nothing on standard output. Run
 * alone with {@code mvn -pl examples -am verify -Dtest=HostileInputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HostileInputTest {
  private static final Environment SHIPPED = CliRun.environment(PolicyBook.shipped());
  /** A Java class name (two lower-case package parts and a capitalised name), a stack frame, an exception. */
  private static final Pattern JAVA_INTERNALS = Pattern.compile(
      "\\b[a-z]+\\.[a-z]+(\\.[a-z]+)*\\.[A-Z][A-Za-z]*\\b|\\tat |Exception|Caused by|\\$\\w+\\$|`"
          + "|Cannot (deserialize|construct|coerce|map)|Unrecognized (field|token)|not marked as ignorable|Source: ");

  static List<Hostile> corpus() {
    List<Hostile> all = new ArrayList<>();
    CalculationCorpus.bases().forEach(b -> all.addAll(CalculationCorpus.of(b)));
    all.addAll(CommandCorpus.all());
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsRefusedClearly() {
    return corpus().stream().map(h -> DynamicTest.dynamicTest(h.label(), () -> assertRefused(h)));
  }

  static void assertRefused(Hostile h) {
    CliRun.Result r = CliRun.run(SHIPPED, h.stdin(), h.args().toArray(String[]::new));
    String shown = h.label() + "\n" + r.err();
    assertEquals(h.status(), r.status(), shown);
    assertEquals("", r.out(), shown);
    for (String name : h.names()) {
      assertTrue(r.err().contains(name), "'" + name + "' not named: " + shown);
    }
    Matcher internals = JAVA_INTERNALS.matcher(r.err());
    assertFalse(internals.find(), () -> "shows '" + internals.group() + "': " + shown);
  }

  @Test
  void theCorpusHasAtLeastTwoHundredInputsAndCoversEverySubcommand() {
    List<Hostile> corpus = corpus();
    assertTrue(corpus.size() >= 200, "corpus size " + corpus.size());
    List<String> covered = corpus.stream().map(h -> h.args().get(0)).distinct().toList();
    for (String name : Calculations.shipped().all().keySet()) {
      assertTrue(covered.contains(name), name + " has no bad input");
    }
    for (String name : List.of("params", "check", "import-register", "example", "demo")) {
      assertTrue(covered.contains(name), name + " has no bad input");
    }
  }
}
