package org.jingzhun.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one Spark session, for the tests of other packages. */
public final class LocalSparkAccess {
  private LocalSparkAccess() {}

  /** {@return the session of {@code LocalSpark}} */
  public static SparkSession session() {
    return LocalSpark.session();
  }
}
