package org.jingzhun.spark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.core.household.Household;
import org.jingzhun.spark.LocalSparkAccess;
import org.jingzhun.testsupport.SyntheticHouseholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generating job of docs/spark.md at a small N, and the prescribing job reading what it wrote. */
class GenerateRegisterTest {
  private static final int HOUSEHOLDS = 700;
  private static final long SEED = 19L;

  private static List<Row> read(SparkSession spark, Path register) {
    return spark.read().parquet(register.toString()).orderBy("household_id").collectAsList();
  }

  @Test
  void theSameHouseholdsSeedAndPartitionsGiveTheSameRegisterAndEachRowIsTheGeneratorsHousehold(@TempDir Path out) {
    SparkSession spark = LocalSparkAccess.session();
    Path first = out.resolve("first");
    Path second = out.resolve("second");
    GenerateRegister.main(new String[] {first.toString(), "" + HOUSEHOLDS, "" + SEED, "3"});
    GenerateRegister.main(new String[] {second.toString(), "" + HOUSEHOLDS, "" + SEED, "3"});
    List<Row> rows = read(spark, first);
    assertEquals(HOUSEHOLDS, rows.size());
    assertEquals(rows, read(spark, second));
    // H0 ... H699, read back in the order of their ids: household 42 is the row of "H42"
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(SEED);
    Household household = generator.household(42);
    Row h42 = rows.stream().filter(r -> r.getString(0).equals("H42")).findFirst().orElseThrow();
    assertEquals(household.village().toString(), h42.getAs("village"));
    assertEquals(household.income().wages().toYuan(), h42.getAs("wages"));
    assertEquals(household.members().size(), h42.getList(h42.fieldIndex("members")).size());
  }

  @Test
  void thePrescribingJobReadsTheGeneratedRegister(@TempDir Path out) {
    SparkSession spark = LocalSparkAccess.session();
    Path register = out.resolve("register");
    Path results = out.resolve("results");
    GenerateRegister.main(new String[] {register.toString(), "" + HOUSEHOLDS, "" + SEED, "2"});
    PrescribeRegister.main(new String[] {register.toString(), results.toString(), "2015-12-01"});
    Dataset<Row> prescriptions = spark.read().parquet(results.resolve("prescriptions").toString());
    assertEquals(HOUSEHOLDS, prescriptions.count());
    prescriptions.collectAsList().forEach(r -> assertNull(r.getAs("problem"), r.toString()));
    // 700 households, 300 to a village, so the first three of the sixteen villages: 511902101201,
    // 511902101202 (both county 511902) and 511902102203 (county 511902): one county
    List<Row> counties = spark.read().option("header", "true").csv(results.resolve("counties").toString()).collectAsList();
    assertEquals(1, counties.size());
    assertEquals("700", counties.get(0).getAs("households"));
  }
}
