package org.jingzhun.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.PrescriptionSink;
import org.jingzhun.spark.example.GenerateRegister;
import org.jingzhun.testsupport.SyntheticHouseholds;
import org.junit.jupiter.api.Test;

/**
 * A register of 10^6 generated households (every registered category, unregistered ones, every
 * primary batch: ecological compensation by the test's batch table, {@link #ADD_ONS}), generated on Spark in partitions, written as rows, read back and prescribed in
 * {@code local[2]}, gives in every output column what the local engine gives the same households
 * on one machine ({@link ColumnarPrescription} over all of them at once): 0 mismatches. Each
 * row is compared by a 64-bit digest of all its columns against the local one of the same
 * household; the policy and date columns are compared as they are.
 */
public class RegisterAgreementTest {
  private static final int HOUSEHOLDS = Integer.getInteger("jingzhun.agreement.households", 1_000_000);
  private static final int PARTITIONS = 8;
  private static final long SEED = 20_151_201L;
  private static final LocalDate DATE = SyntheticHouseholds.DATE;
  /**
   * Bazhong paying the classified add-ons (the shipped book has none), so that every kind is
   * exercised, and a batch table weighting lack of land toward ecological compensation (3, above
   * production and employment's 1), so that every primary batch is.
   */
  static final List<PolicyFile> ADD_ONS = List.of(new PolicyFile("add-ons.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        dibao.addon.severe-disability:
          values:
            "511900": [{from: 2015-01-01, value: {basis: SHARE_OF_STANDARD, share: "0.3"}, source: t}]
        dibao.addon.serious-illness:
          values:
            "511900": [{from: 2015-01-01, value: {basis: FIXED, amount: "50"}, source: t}]
        batches.mapping:
          values:
            "511900":
              - from: 2015-11-29
                source: t
                value:
                  fallback: PRODUCTION_AND_EMPLOYMENT
                  rules:
                    - {cause: ILLNESS, batch: SOCIAL_SECURITY, weight: 2}
                    - {cause: DISABILITY, batch: SOCIAL_SECURITY, weight: 2}
                    - {cause: LACK_OF_LABOUR, batch: SOCIAL_SECURITY, weight: 2}
                    - {cause: SCHOOLING, batch: EDUCATION, weight: 2}
                    - {cause: LACK_OF_SKILLS, batch: PRODUCTION_AND_EMPLOYMENT, weight: 1}
                    - {cause: LACK_OF_SKILLS, batch: EDUCATION, weight: 1}
                    - {cause: LACK_OF_CAPITAL, batch: PRODUCTION_AND_EMPLOYMENT, weight: 2}
                    - {cause: LACK_OF_DRIVE, batch: PRODUCTION_AND_EMPLOYMENT, weight: 1}
                    - {cause: LACK_OF_LAND, batch: PRODUCTION_AND_EMPLOYMENT, weight: 1}
                    - {cause: LACK_OF_LAND, batch: ECOLOGICAL_COMPENSATION, weight: 3}
                    - {cause: LACK_OF_WATER, batch: RELOCATION, weight: 1}
                    - {cause: POOR_TRANSPORT, batch: RELOCATION, weight: 2}
                    - {cause: DISASTER, batch: RELOCATION, weight: 1}
                    - {cause: DISASTER, batch: PRODUCTION_AND_EMPLOYMENT, weight: 1}
                    - {attribute: NO_LABOUR_CAPACITY, batch: SOCIAL_SECURITY, weight: 3}
                    - {attribute: SEVERE_DISABILITY, batch: SOCIAL_SECURITY, weight: 1}
                    - {attribute: SERIOUS_ILLNESS, batch: SOCIAL_SECURITY, weight: 1}
                    - {attribute: MEMBER_IN_SCHOOL, batch: EDUCATION, weight: 1}
                    - {attribute: FULL_LABOUR_CAPACITY, batch: PRODUCTION_AND_EMPLOYMENT, weight: 1}
                    - {attribute: DANGEROUS_HOUSING, batch: RELOCATION, weight: 1}
      """));
  private static final StructType CHECKED = new StructType()
      .add("rows", DataTypes.LongType).add("mismatches", DataTypes.LongType).add("first", DataTypes.LongType).add("row", DataTypes.StringType);

  @Test
  void aMillionHouseholdsOnSparkGetInEveryColumnWhatTheLocalEngineGivesThem() {
    agree(LocalSpark.session(), HOUSEHOLDS);
  }

  /**
   * Generates {@code households} households on {@code spark} in {@value #PARTITIONS} partitions,
   * prescribes them there and checks that every row is what the local engine gives: the test of
   * this module on Spark 4, and of the bundle on Spark 3.5.
   *
   * @param spark the session
   * @param households how many
   */
  public static void agree(SparkSession spark, int households) {
    PolicyText policy = PolicyText.shippedWith(ADD_ONS);
    long[] expected = localDigests(policy.book(), households);
    Dataset<Row> register = GenerateRegister.register(spark, households, SEED, PARTITIONS);
    Dataset<Row> prescribed = JingzhunSpark.of(spark, policy).prescribe(register, DATE);
    Broadcast<long[]> local = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(expected);
    List<Row> checked = prescribed.mapPartitions(new Compare(local, policy.fingerprint(), DATE), Encoders.row(CHECKED)).collectAsList();
    long rows = checked.stream().mapToLong(r -> r.getLong(0)).sum();
    long mismatches = checked.stream().mapToLong(r -> r.getLong(1)).sum();
    assertEquals(households, rows);
    assertEquals(0, mismatches, "mismatching households, the first of some partitions: " + checked.stream()
        .filter(r -> r.getLong(1) > 0).map(r -> r.getLong(2) + " " + r.getString(3)).toList());
  }

  /** The digest of every household's result by the local engine, and a check that the population exercises every case. */
  private static long[] localDigests(PolicyBook book, int households) {
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(SEED);
    PopulationColumns.Builder columns = PopulationColumns.builder();
    Set<PovertyCategory> categories = EnumSet.noneOf(PovertyCategory.class);
    for (int i = 0; i < households; i++) {
      Household h = generator.household(i);
      columns.add(h);
      h.registration().ifPresent(r -> categories.add(r.category()));
    }
    assertEquals(EnumSet.allOf(PovertyCategory.class), categories, "the register holds every registered category");
    ColumnarPrescription local = ColumnarPrescription.of(book, DATE, columns.build());
    long[] digests = new long[households];
    LocalRow row = new LocalRow();
    for (int i = 0; i < households; i++) {
      local.prescribe(i, row.start(generator.household(i)));
      digests[i] = row.digest();
    }
    // every primary batch: ecological compensation through ADD_ONS' table (the shipped one gives
    // lack of land equal weight to production and employment, which is declared first, so no
    // household of any register is primarily ecological under it)
    assertEquals(EnumSet.allOf(FiveBatch.class), row.batches, "the primary batches of the register");
    assertTrue(row.grantedKinds.size() >= local.kinds().size() - 1, "every kind but the relocation subsidy is granted: " + row.grantedKinds);
    return digests;
  }

  /** The local engine's answers for one household, digested as {@link ResultDigest#of} digests a Spark row. */
  private static final class LocalRow implements PrescriptionSink {
    final Set<FiveBatch> batches = EnumSet.noneOf(FiveBatch.class);
    final Set<EntitlementKind> grantedKinds = new java.util.HashSet<>();
    private Household household;
    private final List<Object[]> grants = new ArrayList<>();
    private Object[] standing;
    private Share cap;
    private long monthly;
    private long yearly;

    LocalRow start(Household h) {
      household = h;
      grants.clear();
      cap = null;
      monthly = 0;
      yearly = 0;
      return this;
    }

    @Override
    public void standing(boolean poor, boolean extreme, FiveBatch primary) {
      standing = new Object[] {poor, extreme, primary.name()};
      batches.add(primary);
    }

    @Override
    public void grant(EntitlementKind kind, int member, long fen) {
      Person p = member == HOUSEHOLD ? null : household.members().get(member);
      grants.add(new Object[] {kind.id(), p == null ? null : p.id(), fen});
      grantedKinds.add(kind);
      // the monthly total counts monthly kinds; the yearly total 12 × those + the others
      monthly += kind.payment() == Payment.MONTHLY ? fen : 0;
      yearly += kind.payment() == Payment.MONTHLY ? 12 * fen : fen;
    }

    @Override
    public void personalShareCap(Share share) {
      cap = share;
    }

    long digest() {
      ResultDigest d = new ResultDigest();
      d.mix(household.id()).mix(household.village().toString()).mix(standing[0]).mix(standing[1]).mix(standing[2]);
      d.mix(grants.size());
      for (Object[] g : grants) {
        d.mix(g[0]).mix(g[1]).mix((long) g[2]);
      }
      return d.mix(cap).mix((Object) monthly).mix((Object) yearly).mix((Object) null).value;
    }
  }

  /** Counts a partition's rows and those whose digest, policy or date differ from the local ones. */
  static final class Compare implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The policy column follows the prescription's, then the date. */
    private static final int POLICY_AT = ResultSchema.PRESCRIPTION.size();
    private final Broadcast<long[]> local;
    private final String policy;
    private final LocalDate date;

    Compare(Broadcast<long[]> local, String policy, LocalDate date) {
      this.local = local;
      this.policy = policy;
      this.date = date;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      long[] expected = local.value();
      long seen = 0;
      long mismatches = 0;
      long first = -1;
      String text = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        int i = Integer.parseInt(r.getString(0).substring(1));
        boolean same = ResultDigest.of(r) == expected[i] && policy.equals(r.getString(POLICY_AT))
            && date.equals(r.getDate(POLICY_AT + 1).toLocalDate());
        seen++;
        if (!same) {
          mismatches++;
          text = first < 0 ? r.toString() : text;
          first = first < 0 ? i : first;
        }
      }
      return List.of(RowFactory.create(seen, mismatches, first, text)).iterator();
    }
  }
}
