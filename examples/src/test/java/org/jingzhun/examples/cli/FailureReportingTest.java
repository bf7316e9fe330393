package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Calculations;
import org.junit.jupiter.api.Test;

class FailureReportingTest {
  /** A Java class name (two lower-case package parts and a capitalised name) or a stack frame. */
  static final Pattern JAVA_INTERNALS = Pattern.compile("\\b[a-z]+\\.[a-z]+(\\.[a-z]+)*\\.[A-Z]\\w*|\\tat |Exception|Error:");
  private static final Term TITLE = Term.of("planted", "植入", "planted");

  private static Environment planted(RuntimeException thrown) {
    return planted(new Calculation.Rule<String, String>() {
      @Override
      public String apply(String input, org.jingzhun.examples.calculation.Situation situation) {
        throw thrown;
      }
    });
  }

  private static Environment planted(Calculation.Rule<String, String> rule) {
    Calculation<String, String> c = Calculation.of("planted", TITLE, String.class, rule, (i, s) -> {
      throw new AssertionError("not explained");
    });
    return new Environment(PolicyBook::load, Calculations.of(List.of(c)), new ByteArrayInputStream(new byte[0]),
        CliRun.repositoryRoot());
  }

  private static void assertNoJavaInternals(CliRun.Result r) {
    assertFalse(JAVA_INTERNALS.matcher(r.err()).find(), r.err());
  }

  @Test
  void aMissingInputFileIsStatusFourWithItsName() {
    CliRun.Result r = CliRun.run("money-allocation", "--date", "2019-06-01", "no-such-input.json");
    assertEquals(ExitCodes.FILE, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("cannot read no-such-input.json: no such file"), r.err());
    assertNoJavaInternals(r);
  }

  @Test
  void aFolderGivenAsInputIsStatusFour() {
    CliRun.Result r = CliRun.run("money-allocation", "--date", "2019-06-01", "docs");
    assertEquals(ExitCodes.FILE, r.status());
    assertTrue(r.err().contains("cannot read docs: it is a directory"), r.err());
  }

  @Test
  void anUnexpectedExceptionIsStatusSeventyOnOneLineWithoutAStackTrace() {
    CliRun.Result r = CliRun.run(planted(new IllegalStateException("planted defect")), "\"x\"", "planted", "--date", "2019-06-01");
    assertEquals(ExitCodes.INTERNAL, r.status());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("jingzhun planted: 内部错误 (internal error) while running jingzhun planted"), r.err());
    assertTrue(r.err().contains("please report it"), r.err());
    assertFalse(r.err().contains("planted defect"), r.err());
    assertNoJavaInternals(r);
  }

  @Test
  void runningOutOfMemorySaysHowMuchThereWasAndHowToGiveMore() {
    Environment e = planted((input, situation) -> {
      throw new OutOfMemoryError("Java heap space");
    });
    CliRun.Result r = CliRun.run(e, "\"x\"", "planted", "--date", "2019-06-01");
    assertEquals(ExitCodes.INTERNAL, r.status());
    assertEquals("", r.out());
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    assertTrue(r.err().contains("内存不足 (out of memory)"), r.err());
    assertTrue(r.err().contains(mib + " MiB"), r.err());
    assertTrue(r.err().contains("JAVA_OPTS=-Xmx"), r.err());
    assertNoJavaInternals(r);
  }

  @Test
  void helpListsTheExitStatuses() {
    String help = CliRun.run("--help").out();
    for (String status : new String[] {"0 done", "1 a policy case failed", "2 bad input", "3 no policy in force",
        "4 a file cannot be read or written", "70 an internal error"}) {
      assertTrue(help.contains(" " + status), status + " in\n" + help);
    }
  }
}
