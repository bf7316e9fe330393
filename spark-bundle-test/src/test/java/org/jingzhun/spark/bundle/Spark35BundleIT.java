package org.jingzhun.spark.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.spark.RegisterAgreementTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jingzhun-spark-bundle on Spark 3.5 (Scala 2.12, Jackson 2.15), as on an agency's cluster: the
 * bundle's relocated Jackson, Guava and SnakeYAML do not meet Spark's, its merged service files
 * give every shipped parameter, and a generated register prescribed there agrees, column by
 * column, with the local engine.
 */
class Spark35BundleIT {
  /** Households of the agreement run here (the 10^6 run is jingzhun-spark's, on Spark 4). */
  private static final int HOUSEHOLDS = 100_000;
  /**
   * A parameter's name as a key of the {@code parameters:} map of a shipped file, alone on its line
   * two spaces in (most are written so; a few are not, and are not counted here).
   */
  private static final Pattern PARAMETER = Pattern.compile("^  ([a-z][a-z0-9.-]*):\\s*$", Pattern.MULTILINE);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("jingzhun-spark-bundle-on-3.5")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theClusterIsSpark35WithItsOwnJacksonAndTheBundlesIsRelocated() throws Exception {
    assertTrue(spark.version().startsWith("3.5."), spark.version());
    assertTrue(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().startsWith("2.15."));
    Class.forName("org.jingzhun.shaded.jackson.databind.ObjectMapper");
    Class.forName("org.jingzhun.shaded.guava.collect.ImmutableMap");
    Class.forName("org.jingzhun.shaded.snakeyaml.Yaml");
  }

  @Test
  void everyParameterOfEveryShippedFileIsInTheShippedBook() {
    List<PolicyFile> files = PolicyBook.shippedFiles();
    Set<String> providers = new TreeSet<>();
    Set<String> declared = new TreeSet<>();
    for (PolicyFile f : files) {
      providers.add(f.name().substring(0, f.name().indexOf(':')));
      String parameters = f.text().substring(Math.max(0, f.text().indexOf("\nparameters:")));
      Matcher m = PARAMETER.matcher(parameters);
      while (m.find()) {
        declared.add(m.group(1));
      }
    }
    assertEquals(Set.of("org.jingzhun.eligibility.policy.EligibilityPolicyResources",
        "org.jingzhun.finance.policy.FinancePolicyResources"), providers);
    Set<String> loaded = PolicyBook.shipped().parameters().keySet();
    assertTrue(loaded.containsAll(declared), "not loaded: " + new TreeSet<>(declared) {{ removeAll(loaded); }});
    assertTrue(declared.size() > 0 && loaded.size() >= declared.size(), loaded.size() + " loaded, " + declared.size() + " found in the files");
  }

  @Test
  void aGeneratedRegisterGetsInEveryColumnWhatTheLocalEngineGivesIt() {
    RegisterAgreementTest.agree(spark, HOUSEHOLDS);
  }
}
