package org.jingzhun.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * 结果结构 — the columns of the results, one row a household of the register in its order within
 * each partition. Every result has {@code household_id}, {@code village} and {@code problem}:
 * empty for a household that was read and computed, otherwise why it was not ("输入无效 / invalid
 * input: " and each problem at its column or field path, or the parameters not in force for its
 * village), its result columns then empty. {@link JingzhunSpark} adds {@code policy} (the
 * {@linkplain PolicyText#fingerprint() fingerprint}) and {@code as_of} (the date whose rules
 * applied). Amounts are in fen ({@code long}), exact.
 */
public final class ResultSchema {
  /** The column naming why a household has no result; empty when it has one. */
  public static final String PROBLEM = "problem";
  /** The column of the policy's fingerprint. */
  public static final String POLICY = "policy";
  /** The column of the date whose rules applied. */
  public static final String AS_OF = "as_of";

  /**
   * One grant: {@code kind} (the entitlement kind's id, e.g. {@code dibao.top-up}), {@code
   * member_id} (empty for a grant to the whole household), {@code amount_fen} (a month for a
   * monthly kind, a year for a yearly kind, once for a one-off kind).
   */
  public static final StructType GRANT = new StructType(new StructField[] {
    field("kind", DataTypes.StringType, false),
    field("member_id", DataTypes.StringType, true),
    field("amount_fen", DataTypes.LongType, false),
  });

  /**
   * The full prescription ({@link JingzhunSpark#prescribe}): {@code poor}, {@code extreme},
   * {@code primary_batch} (a {@code FiveBatch} constant), {@code grants} (an array of {@link
   * #GRANT} in the registry's order), {@code personal_share_cap} (the cap on the personal share
   * of hospital bills, e.g. {@code 0.1}, when one applies), {@code monthly_fen} (the monthly
   * kinds' sum) and {@code yearly_fen} (12 × monthly + yearly kinds + one-off kinds).
   */
  public static final StructType PRESCRIPTION = new StructType(new StructField[] {
    field("household_id", DataTypes.StringType, true),
    field("village", DataTypes.StringType, true),
    field("poor", DataTypes.BooleanType, true),
    field("extreme", DataTypes.BooleanType, true),
    field("primary_batch", DataTypes.StringType, true),
    field("grants", DataTypes.createArrayType(GRANT, false), true),
    field("personal_share_cap", DataTypes.StringType, true),
    field("monthly_fen", DataTypes.LongType, true),
    field("yearly_fen", DataTypes.LongType, true),
    field(PROBLEM, DataTypes.StringType, true),
  });

  /**
   * The income screening ({@link JingzhunSpark#screen}): {@code poor}, {@code category} (a
   * {@code PovertyCategory} constant when poor), {@code dibao_eligible} and {@code
   * monthly_top_up_fen}.
   */
  public static final StructType SCREENING = new StructType(new StructField[] {
    field("household_id", DataTypes.StringType, true),
    field("village", DataTypes.StringType, true),
    field("poor", DataTypes.BooleanType, true),
    field("category", DataTypes.StringType, true),
    field("dibao_eligible", DataTypes.BooleanType, true),
    field("monthly_top_up_fen", DataTypes.LongType, true),
    field(PROBLEM, DataTypes.StringType, true),
  });

  /**
   * The household exit test ({@link JingzhunSpark#exitChecks}): {@code passed}, and {@code failed}
   * (the criteria not met, as {@code ExitCriterion} constants).
   */
  public static final StructType EXIT_CHECK = new StructType(new StructField[] {
    field("household_id", DataTypes.StringType, true),
    field("village", DataTypes.StringType, true),
    field("passed", DataTypes.BooleanType, true),
    field("failed", DataTypes.createArrayType(DataTypes.StringType, false), true),
    field(PROBLEM, DataTypes.StringType, true),
  });

  private ResultSchema() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
