package org.jingzhun.spark.example;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.spark.RegisterRows;
import org.jingzhun.spark.RegisterSchema;
import org.jingzhun.testsupport.SyntheticHouseholds;

/**
 * 生成名册 — the job of docs/spark.md that makes a synthetic register on the executors: household
 * {@code i} (0 to N − 1) is the test-support generator's household {@code i} of the seed, in the
 * villages of Bazhong, and each partition generates its own contiguous range of indexes, so the
 * same N and seed give the same register whatever the partitions. The register is written as
 * Parquet in {@link RegisterSchema#HOUSEHOLDS} (one row a household, the members nested), which
 * {@link PrescribeRegister} reads. Arguments: where the register goes, N, the seed, the partitions.
 */
public final class GenerateRegister {
  private GenerateRegister() {}

  /**
   * Runs the job.
   *
   * @param args the register's directory, the number of households, the seed, the partitions
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("jingzhun-generate").getOrCreate();
    register(spark, Long.parseLong(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]))
        .write().mode("overwrite").parquet(args[0]);
  }

  /**
   * {@return the synthetic register of {@code households} households of {@code seed}, generated in
   * {@code partitions} partitions, one row a household ({@link RegisterSchema#HOUSEHOLDS})}
   *
   * @param spark the session
   * @param households how many, at most {@link Integer#MAX_VALUE}
   * @param seed the generator's seed
   * @param partitions how many partitions generate them, each a contiguous range of indexes
   */
  public static Dataset<Row> register(SparkSession spark, long households, long seed, int partitions) {
    return spark.range(0, households, 1, partitions)
        .mapPartitions(new Households(seed), Encoders.row(RegisterSchema.HOUSEHOLDS));
  }

  /** Generates the households of a range of indexes as register rows. */
  public static final class Households implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final long seed;

    /** @param seed the generator's seed */
    public Households(long seed) {
      this.seed = seed;
    }

    /** {@return the households of {@code indexes} as register rows} @param indexes their indexes */
    @Override
    public Iterator<Row> call(Iterator<Long> indexes) {
      SyntheticHouseholds generator = SyntheticHouseholds.bazhong(seed);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return indexes.hasNext();
        }

        @Override
        public Row next() {
          return RegisterRows.of(generator.household(Math.toIntExact(indexes.next())));
        }
      };
    }
  }
}
