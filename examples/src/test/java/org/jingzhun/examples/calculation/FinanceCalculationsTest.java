package org.jingzhun.examples.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.check.CaseFile;
import org.jingzhun.examples.check.CaseFileReader;
import org.jingzhun.examples.check.PolicyCase;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class FinanceCalculationsTest {
  private static final Path CASES = CliRun.repositoryRoot().resolve("examples/cases/finance");

  @Test
  void everyFinanceCalculationIsShippedAndHasCaseFile() {
    for (Calculation<?, ?> c : FinanceCalculations.all()) {
      assertEquals(c, Calculations.shipped().find(c.name()).orElseThrow());
      assertTrue(Files.exists(CASES.resolve(c.name() + ".yaml")), "no case file for " + c.name());
    }
  }

  /** For every accepted finance case: {@code --explain} gives the same result, and a derivation. */
  @TestFactory
  Stream<DynamicTest> explainingChangesNothingInTheResult() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.list(CASES)) {
      files = walk.sorted().toList();
    }
    return files.stream().flatMap(f -> {
      CaseFile file = read(f);
      return file.cases().stream().filter(c -> c.expectViolations().isEmpty())
          .map(c -> DynamicTest.dynamicTest(f.getFileName() + " › " + c.name(), () -> compare(file, c)));
    });
  }

  private static void compare(CaseFile file, PolicyCase c) {
    Calculation<?, ?> calculation = Calculations.shipped().find(file.calculationOf(c).orElseThrow()).orElseThrow();
    Situation s = new Situation(PolicyBook.shipped(), file.dateOf(c).orElseThrow(), file.regionOf(c).orElse(RegionCode.NATION));
    JsonNode plain = JsonCalculation.result(calculation, c.input(), s);
    JsonNode explained = JsonCalculation.explained(calculation, c.input(), s, Language.EN);
    assertEquals(plain, explained.get("result"));
    assertFalse(explained.at("/explanation/text").isEmpty());
  }

  private static CaseFile read(Path f) {
    try {
      return CaseFileReader.read(f.toString(), Files.readString(f));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
