package org.jingzhun.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;

/**
 * 全国名册 — a register on Spark, screened, identified, prescribed and rolled up with the same
 * rules as on one machine: each partition of a register ({@link RegisterSchema#HOUSEHOLDS}) is
 * read into the library's columns and run through its single fast path on an executor, which
 * resolves the policy ({@link PolicyText}) once. Every result has the register's households in
 * the order of each partition, with the columns of {@link ResultSchema} and {@code policy} (the
 * policy's fingerprint) and {@code as_of} (the date whose rules applied), so that runs can be
 * compared. A household that cannot be read or has no policy in force gets its {@code problem}
 * and no result; nothing is silently changed.
 *
 * <p>Immutable; the Datasets it returns are lazy, as Spark's are.
 */
public final class JingzhunSpark {
  /** Spark 4's setting that lets CSV files be read in any character set Java knows (GB18030 among them). */
  public static final String JAVA_CHARSETS = "spark.sql.legacy.javaCharsets";

  private final SparkSession spark;
  private final PolicyText policy;

  private JingzhunSpark(SparkSession spark, PolicyText policy) {
    this.spark = spark;
    this.policy = policy;
  }

  /**
   * {@return the register operations of {@code spark} with {@code policy}}
   *
   * @param spark the session
   * @param policy the policy, sent to the executors as text
   */
  public static JingzhunSpark of(SparkSession spark, PolicyText policy) {
    return new JingzhunSpark(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(policy, "policy"));
  }

  /** {@return the policy applied} */
  public PolicyText policy() {
    return policy;
  }

  /**
   * {@return the register in the CSV files at {@code path} (one row a member, the columns of
   * {@link RegisterSchema#FLAT} with a header line), one row a household} Every cell is read as
   * text and checked as {@link RegisterSchema} describes. Spark 4 reads only Unicode and Latin
   * character sets unless {@value #JAVA_CHARSETS} is true: for another one (GB18030) this sets
   * it to true in the session.
   *
   * @param path a file, a directory or a pattern, as Spark reads them
   * @param encoding the files' character set: {@code UTF-8} or {@code GB18030}
   */
  public Dataset<Row> readRegisterCsv(String path, String encoding) {
    if (!java.nio.charset.Charset.forName(encoding).name().startsWith("UTF")) {
      spark.conf().set(JAVA_CHARSETS, "true");
    }
    Dataset<Row> flat = spark.read().option("header", "true").option("encoding", encoding).option("inferSchema", "false").csv(path);
    return RegisterSchema.nest(flat);
  }

  /**
   * {@return 收入筛查 — each household's income screening on {@code date}: poor, category, dibao
   * eligibility and monthly top-up ({@link ResultSchema#SCREENING})} Reads only the village, the
   * income columns and the number of members.
   *
   * @param households the register, {@link RegisterSchema#HOUSEHOLDS}
   * @param date the day whose rules apply
   */
  public Dataset<Row> screen(Dataset<Row> households, LocalDate date) {
    RegisterLayout.of(households.schema());
    Dataset<Row> read = ScreeningPartition.columnsRead(households);
    return run(read, new ScreeningPartition(policy, RegisterLayout.ofColumns(read.schema()), date), ResultSchema.SCREENING, date);
  }

  /**
   * {@return 精准施策 — each household's full prescription on {@code date}: its standing and every
   * entitlement of the standard registry ({@link ResultSchema#PRESCRIPTION})}
   *
   * @param households the register, {@link RegisterSchema#HOUSEHOLDS}
   * @param date the day whose rules apply
   */
  public Dataset<Row> prescribe(Dataset<Row> households, LocalDate date) {
    return run(households, new PrescriptionPartition(policy, RegisterLayout.of(households.schema()), date), ResultSchema.PRESCRIPTION, date);
  }

  /**
   * {@return 识别 — each household's standing on {@code date}: {@code poor}, {@code extreme} and
   * {@code primary_batch}, as the prescription gives them}
   *
   * @param households the register, {@link RegisterSchema#HOUSEHOLDS}
   * @param date the day whose rules apply
   */
  public Dataset<Row> identify(Dataset<Row> households, LocalDate date) {
    return prescribe(households, date).select("household_id", "village", "poor", "extreme", "primary_batch",
        ResultSchema.PROBLEM, ResultSchema.POLICY, ResultSchema.AS_OF);
  }

  /**
   * {@return 退出核查 — each household's exit test on {@code date} ({@link ResultSchema#EXIT_CHECK}),
   * with the net incomes of earlier years from an optional column {@code earlier_net_incomes}
   * (an array of yuan, the year before first)}
   *
   * @param households the register, {@link RegisterSchema#HOUSEHOLDS}
   * @param date the day whose rules apply
   */
  public Dataset<Row> exitChecks(Dataset<Row> households, LocalDate date) {
    return run(households, new ExitCheckPartition(policy, RegisterLayout.of(households.schema()), date), ResultSchema.EXIT_CHECK, date);
  }

  /**
   * {@return 汇总 — the prescriptions of {@link #prescribe} added up by the region at {@code level}
   * that holds each village: columns {@code region} (its code: six digits for a county or above,
   * nine for a township, twelve for a village), {@code households}, {@code problems} (those
   * without a result), {@code poor}, {@code extreme}, {@code monthly_fen}, {@code yearly_fen},
   * {@code policy}, {@code as_of}}
   *
   * @param prescriptions the result of {@link #prescribe}
   * @param level {@code VILLAGE}, {@code TOWNSHIP}, {@code COUNTY}, {@code CITY}, {@code PROVINCE}
   *     or {@code NATION}
   */
  public Dataset<Row> rollUp(Dataset<Row> prescriptions, RegionLevel level) {
    Column region = regionAt(level).apply(col("village"));
    return prescriptions.groupBy(region.as("region"), col(ResultSchema.POLICY), col(ResultSchema.AS_OF)).agg(
        count(lit(1)).as("households"),
        count(col(ResultSchema.PROBLEM)).as("problems"),
        sum(when(col("poor"), 1).otherwise(0)).as("poor"),
        sum(when(col("extreme"), 1).otherwise(0)).as("extreme"),
        sum(col("monthly_fen")).as("monthly_fen"),
        sum(col("yearly_fen")).as("yearly_fen"))
        .select("region", "households", "problems", "poor", "extreme", "monthly_fen", "yearly_fen", ResultSchema.POLICY, ResultSchema.AS_OF);
  }

  /**
   * {@return the grants of {@code prescriptions} one row each, for files without nested columns
   * (CSV): {@code household_id}, {@code village}, {@code kind}, {@code member_id}, {@code
   * amount_fen}, {@code policy}, {@code as_of}}
   *
   * @param prescriptions the result of {@link #prescribe}
   */
  public static Dataset<Row> grants(Dataset<Row> prescriptions) {
    return prescriptions.select(col("household_id"), col("village"), explode(col("grants")).as("g"),
            col(ResultSchema.POLICY), col(ResultSchema.AS_OF))
        .select("household_id", "village", "g.kind", "g.member_id", "g.amount_fen", ResultSchema.POLICY, ResultSchema.AS_OF);
  }

  private Dataset<Row> run(Dataset<Row> households, MapPartitionsFunction<Row, Row> partition, StructType schema, LocalDate date) {
    return households.mapPartitions(partition, Encoders.row(schema))
        .withColumn(ResultSchema.POLICY, lit(policy.fingerprint()))
        .withColumn(ResultSchema.AS_OF, lit(java.sql.Date.valueOf(date)));
  }

  /** The code of the region at {@code level} that holds a village; empty for an unreadable code. */
  private static UserDefinedFunction regionAt(RegionLevel level) {
    UDF1<String, String> at = v -> {
      try {
        return v == null ? null : RegionCode.of(v).at(level).toString();
      } catch (org.jingzhun.core.validation.ValidationException e) {
        return null;
      }
    };
    return udf(at, DataTypes.StringType);
  }
}
