package org.jingzhun.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * 名册结构 — the register as Spark reads it: one row a household with its members nested
 * ({@link #HOUSEHOLDS}), the columns named as in the register CSV file of {@code jingzhun
 * import-register} ({@code household_id}, {@code village}, …). Amounts are yuan
 * ({@code decimal(18,2)}), dates ISO; enumerations are given by constant name or Chinese label
 * ({@code HEAD} or {@code 户主}), yes/no as booleans. Every column may also be a string, as a CSV
 * file is read: each cell is then read as the register import reads it, and a bad one is reported
 * at its column.
 *
 * <p>A register kept as one row a member (the CSV layout) or as two tables is nested with
 * {@link #nest(Dataset)} or {@link #nest(Dataset, Dataset)}.
 */
public final class RegisterSchema {
  /** The household's id, unique in the register. */
  public static final String HOUSEHOLD_ID = "household_id";
  /** The village's twelve-digit code. */
  public static final String VILLAGE = "village";
  /** The nested members, in the register's order. */
  public static final String MEMBERS = "members";

  private static final DataType YUAN = DataTypes.createDecimalType(18, 2);

  /** The household columns besides the members, in order. */
  static final StructField[] HOUSEHOLD_FIELDS = {
    field(HOUSEHOLD_ID, DataTypes.StringType, false),
    field(VILLAGE, DataTypes.StringType, false),
    field("housing", DataTypes.StringType, false),
    field("safe_drinking_water", DataTypes.BooleanType, false),
    field("wages", YUAN, true),
    field("business", YUAN, true),
    field("property", YUAN, true),
    field("transfers", YUAN, true),
    field("production_costs", YUAN, true),
    field("rigid_medical", YUAN, true),
    field("rigid_disability", YUAN, true),
    field("rigid_disaster", YUAN, true),
    field("rigid_education", YUAN, true),
    field("causes", DataTypes.StringType, true),
    field("category", DataTypes.StringType, true),
    field("status", DataTypes.StringType, true),
    field("registration_year", DataTypes.IntegerType, true),
  };

  /**
   * One member: {@code member_id}, {@code birth_date}, {@code relationship}, {@code
   * disability_grade} (1–4), {@code health}, {@code labour_capacity}, {@code school_stage},
   * {@code boarding}, {@code insured}.
   */
  public static final StructType MEMBER = new StructType(new StructField[] {
    field("member_id", DataTypes.StringType, false),
    field("birth_date", DataTypes.DateType, false),
    field("relationship", DataTypes.StringType, false),
    field("disability_grade", DataTypes.IntegerType, true),
    field("health", DataTypes.StringType, true),
    field("labour_capacity", DataTypes.StringType, false),
    field("school_stage", DataTypes.StringType, true),
    field("boarding", DataTypes.BooleanType, true),
    field("insured", DataTypes.BooleanType, true),
  });

  /**
   * One household a row: {@code household_id}, {@code village}, {@code housing}, {@code
   * safe_drinking_water}, the yearly income components {@code wages}, {@code business}, {@code
   * property}, {@code transfers}, {@code production_costs}, rigid spending {@code rigid_medical},
   * {@code rigid_disability}, {@code rigid_disaster}, {@code rigid_education} (yuan, empty as 0),
   * {@code causes} (separated by {@code ;}, {@code ；} or {@code 、}), the registration {@code
   * category}, {@code status} and {@code registration_year} (all three or none), and {@link
   * #MEMBERS}, an array of {@link #MEMBER}.
   */
  public static final StructType HOUSEHOLDS = new StructType(concat(HOUSEHOLD_FIELDS,
      field(MEMBERS, DataTypes.createArrayType(MEMBER, false), false)));

  /** The register with one row a member, the household columns repeated (the CSV layout). */
  public static final StructType FLAT = new StructType(concat(HOUSEHOLD_FIELDS, MEMBER.fields()));

  private static final String ORDER = "_register_order";

  private RegisterSchema() {}

  /**
   * {@return the register of {@code flat} (one row a member, {@link #FLAT}, typed or all strings
   * as a CSV file is read) with one row a household} A household's members keep the order of
   * their rows as read; its household columns are taken from those rows, which must repeat them
   * exactly (rows that differ make separate households with the same id, which the results show
   * twice).
   *
   * @param flat the register, one row a member
   */
  public static Dataset<Row> nest(Dataset<Row> flat) {
    Dataset<Row> ordered = flat.withColumn(ORDER, monotonically_increasing_id());
    return grouped(ordered);
  }

  /**
   * {@return the register of {@code households} (the household columns of {@link #HOUSEHOLDS}) and
   * {@code members} (a {@code household_id} column and those of {@link #MEMBER}), with one row a
   * household} Members keep the order of their rows in {@code members} as read; a household with
   * no member row is left out (every household has at least one member).
   *
   * @param households one row a household
   * @param members one row a member, with its {@code household_id}
   */
  public static Dataset<Row> nest(Dataset<Row> households, Dataset<Row> members) {
    Dataset<Row> ordered = members.withColumn(ORDER, monotonically_increasing_id());
    return grouped(households.join(ordered, HOUSEHOLD_ID));
  }

  private static Dataset<Row> grouped(Dataset<Row> rows) {
    List<Column> member = new ArrayList<>();
    member.add(col(ORDER));
    Arrays.stream(MEMBER.fieldNames()).filter(n -> Arrays.asList(rows.columns()).contains(n)).forEach(n -> member.add(col(n)));
    Column[] keys = Arrays.stream(HOUSEHOLD_FIELDS).map(StructField::name)
        .filter(n -> Arrays.asList(rows.columns()).contains(n)).map(n -> col(n)).toArray(Column[]::new);
    Column members = array_sort(collect_list(struct(member.toArray(Column[]::new))));
    return rows.groupBy(keys).agg(members.as(MEMBERS));
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  private static StructField[] concat(StructField[] first, StructField... more) {
    StructField[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
