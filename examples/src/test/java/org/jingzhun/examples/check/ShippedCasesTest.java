package org.jingzhun.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

/** Runs every case file under examples/cases through {@code jingzhun check}, so that {@code mvn verify} runs them. */
class ShippedCasesTest {

  @Test
  void everyShippedCasePasses() {
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "check", "examples/cases");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().matches("(?s)\\d+ passed, 0 failed\n"), r.out());
  }

  @Test
  void everyCaseFileIsRunAndEachOfItsCasesCounted() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CliRun.repositoryRoot().resolve("examples/cases"))) {
      files = walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).toList();
    }
    assertTrue(files.size() >= 2, "case files: " + files);
    long cases = 0;
    for (Path f : files) {
      cases += CaseFileReader.read(f.toString(), Files.readString(f)).cases().size();
    }
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "check", "examples/cases");
    assertEquals(cases + " passed, 0 failed\n", r.out());
  }
}
