package org.jingzhun.spark.example;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.spark.JingzhunSpark;
import org.jingzhun.spark.PolicyText;

/**
 * The job of docs/spark.md: reads a register, prescribes it under the shipped policy on a date,
 * and writes the prescriptions (Parquet), the grants and the county totals (CSV). Arguments: the
 * register, where the results go, the date, and for a CSV register (one row a member) the file's
 * character set ({@code UTF-8} or {@code GB18030}); without it the register is Parquet in
 * {@link org.jingzhun.spark.RegisterSchema#HOUSEHOLDS}, as {@link GenerateRegister} writes it.
 */
public final class PrescribeRegister {
  private PrescribeRegister() {}

  /**
   * Runs the job.
   *
   * @param args the register, the results' directory, the date, and a CSV register's character set
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("jingzhun-prescribe").getOrCreate();
    JingzhunSpark jingzhun = JingzhunSpark.of(spark, PolicyText.shipped());
    Dataset<Row> register = args.length > 3 ? jingzhun.readRegisterCsv(args[0], args[3]) : spark.read().parquet(args[0]);
    Dataset<Row> prescribed = jingzhun.prescribe(register, LocalDate.parse(args[2])).cache();
    prescribed.write().mode("overwrite").parquet(args[1] + "/prescriptions");
    JingzhunSpark.grants(prescribed).write().mode("overwrite").option("header", "true").csv(args[1] + "/grants");
    jingzhun.rollUp(prescribed, RegionLevel.COUNTY).write().mode("overwrite").option("header", "true")
        .csv(args[1] + "/counties");
    prescribed.unpersist();
  }
}
