package org.jingzhun.spark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job of docs/spark.md, run on the repository's example registers in {@code local[2]}. */
class PrescribeRegisterTest {
  private static Path repository(String file) {
    Path here = Path.of(file);
    return Files.exists(here) ? here : Path.of("..").resolve(file);
  }

  @Test
  void theSampleRegisterIsPrescribedAndItsResultsLandWhereTheDocumentSays(@TempDir Path out) {
    SparkSession spark = org.jingzhun.spark.LocalSparkAccess.session();
    PrescribeRegister.main(new String[] {repository("examples/registers/sample-register.csv").toString(), out.toString(),
        "2015-12-01", "UTF-8"});
    List<Row> prescriptions = spark.read().parquet(out.resolve("prescriptions").toString()).orderBy("household_id").collectAsList();
    // the sample has two households, H001 (three members) and H002 (two), both readable
    assertEquals(List.of("H001", "H002"), prescriptions.stream().map(r -> r.getString(r.fieldIndex("household_id"))).toList());
    prescriptions.forEach(r -> assertNull(r.getAs("problem"), r.toString()));
    List<Row> counties = spark.read().option("header", "true").csv(out.resolve("counties").toString()).collectAsList();
    // both live in villages of county 511902
    assertEquals(1, counties.size());
    assertEquals("511902", counties.get(0).getAs("region"));
    assertEquals("2", counties.get(0).getAs("households"));
    assertTrue(Files.isDirectory(out.resolve("grants")));
  }

  @Test
  void theDocumentsBadRowGetsItsProblemAtTheMembersDisabilityGrade(@TempDir Path out) {
    SparkSession spark = org.jingzhun.spark.LocalSparkAccess.session();
    PrescribeRegister.main(new String[] {repository("docs/examples/register.csv").toString(), out.toString(), "2015-12-01", "UTF-8"});
    List<Row> rows = spark.read().parquet(out.resolve("prescriptions").toString()).orderBy("household_id").collectAsList();
    assertEquals(2, rows.size());
    assertNull(rows.get(0).getAs("problem"), rows.get(0).toString());
    String problem = rows.get(1).getAs("problem");
    assertTrue(problem.startsWith("输入无效 / invalid input: members[0].disabilityGrade"), problem);
  }
}
