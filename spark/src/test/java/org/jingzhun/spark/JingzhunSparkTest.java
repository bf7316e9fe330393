package org.jingzhun.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.jingzhun.testsupport.SyntheticHouseholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register operations on small registers: problems, screening, exit checks, roll-ups, CSV and the policy as text. */
class JingzhunSparkTest {
  private static final LocalDate DATE = SyntheticHouseholds.DATE;
  private static final SyntheticHouseholds GENERATOR = SyntheticHouseholds.bazhong(42L);
  private final SparkSession spark = LocalSpark.session();
  private final JingzhunSpark jingzhun = JingzhunSpark.of(spark, PolicyText.shipped());

  private Dataset<Row> register(List<Row> rows) {
    return spark.createDataFrame(rows, RegisterSchema.HOUSEHOLDS);
  }

  private static List<Row> generated(int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(RegisterRows.of(GENERATOR.household(i)));
    }
    return rows;
  }

  @Test
  void aHouseholdWithABadCellGetsItsProblemAtTheColumnAndNoResultWhileTheOthersAreComputed() {
    List<Row> rows = generated(3);
    Object[] bad = new Object[RegisterSchema.HOUSEHOLDS.size()];
    for (int c = 0; c < bad.length; c++) {
      bad[c] = rows.get(1).get(c);
    }
    bad[2] = "PALACE"; // housing
    bad[4] = null; // wages: an empty amount is 0, not a problem
    rows.set(1, RowFactory.create(bad));
    List<Row> out = jingzhun.prescribe(register(rows), DATE).collectAsList();
    assertEquals(3, out.size());
    assertNull(out.get(0).getAs(ResultSchema.PROBLEM));
    String problem = out.get(1).getAs(ResultSchema.PROBLEM);
    assertTrue(problem.startsWith("输入无效 / invalid input: housing = 'PALACE': is not one of"), problem);
    assertNull(out.get(1).getAs("poor"));
    assertEquals("H1", out.get(1).getAs("household_id"));
    assertNull(out.get(2).getAs(ResultSchema.PROBLEM));
  }

  @Test
  void aRegisterWithoutAVillageColumnIsRefusedOnTheDriverNamingIt() {
    Dataset<Row> noVillage = register(generated(1)).drop(RegisterSchema.VILLAGE);
    ValidationException e = assertThrows(ValidationException.class, () -> jingzhun.prescribe(noVillage, DATE));
    assertEquals("village", e.violations().get(0).path());
  }

  @Test
  void screeningGivesWhatIncomeScreeningGivesEachVillageOnOneMachine() {
    int n = 2_000;
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      households.add(GENERATOR.household(i));
    }
    List<Row> screened = jingzhun.screen(register(generated(n)).repartition(3), DATE).collectAsList();
    Map<String, Row> byId = screened.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertEquals(n, byId.size());
    PolicyBook book = PolicyBook.shipped();
    for (var village : households.stream().collect(Collectors.groupingBy(Household::village)).entrySet()) {
      List<Household> of = village.getValue();
      long[] net = of.stream().mapToLong(h -> h.netIncome().fen()).toArray();
      int[] members = of.stream().mapToInt(Household::size).toArray();
      ScreeningResults local = new ScreeningResults(of.size());
      IncomeScreening.resolve(book, village.getKey(), DATE).screen(RegisterColumns.of(net, members), 0, of.size(), local);
      for (int i = 0; i < of.size(); i++) {
        Row r = byId.get(of.get(i).id());
        assertEquals(local.poor(i), r.getAs("poor"), of.get(i).id());
        assertEquals(local.category(i).map(Enum::name).orElse(null), r.getAs("category"), of.get(i).id());
        assertEquals(local.dibaoEligible(i), r.getAs("dibao_eligible"), of.get(i).id());
        assertEquals(local.monthlyTopUpFen(i), (long) r.getAs("monthly_top_up_fen"), of.get(i).id());
      }
    }
  }

  @Test
  void rollUpsCountTheHouseholdsOfEachRegionAndAddTheirAmounts() {
    // households 0–299 live in village 511902101201, 300–599 in 511902101202 (the same township
    // 511902101), 600–899 in 511902102203 (township 511902102): 600 and 300 households
    Dataset<Row> prescribed = jingzhun.prescribe(register(generated(900)), DATE).cache();
    List<Row> townships = jingzhun.rollUp(prescribed, RegionLevel.TOWNSHIP).orderBy("region").collectAsList();
    assertEquals(List.of("511902101", "511902102"), townships.stream().map(r -> r.getString(0)).toList());
    assertEquals(600L, (long) townships.get(0).getAs("households"));
    assertEquals(300L, (long) townships.get(1).getAs("households"));
    long yearly = prescribed.collectAsList().stream().mapToLong(r -> r.getAs("yearly_fen")).sum();
    Row county = jingzhun.rollUp(prescribed, RegionLevel.COUNTY).collectAsList().get(0);
    assertEquals("511902", county.getString(0));
    assertEquals(yearly, (long) county.getAs("yearly_fen"));
    assertEquals(PolicyText.shipped().fingerprint(), county.getAs(ResultSchema.POLICY));
    prescribed.unpersist();
  }

  @Test
  void exitChecksNameTheFailedCriteriaOrAskForTheEarlierIncomes() {
    List<Row> out = jingzhun.exitChecks(register(generated(5)), DATE).collectAsList();
    assertEquals(5, out.size());
    for (Row r : out) {
      // without earlier incomes the stability rule cannot be checked: a problem, or a result
      assertTrue(r.getAs(ResultSchema.PROBLEM) != null || r.getAs("passed") != null, r.toString());
    }
  }

  @Test
  void aDayWithNoPolicyInForceGivesTheNoPolicyProblemNamingWhatIsMissingNotInvalidInput() {
    // the shipped book's values start on 2014-01-01: on 2013-06-01 nothing is in force
    LocalDate before = LocalDate.of(2013, 6, 1);
    Dataset<Row> households = register(generated(20));
    for (Dataset<Row> result : List.of(jingzhun.exitChecks(households, before), jingzhun.prescribe(households, before))) {
      int noPolicy = 0;
      for (Row r : result.collectAsList()) {
        String problem = r.getAs(ResultSchema.PROBLEM);
        if (problem != null && !problem.startsWith("输入无效 / invalid input: members[")) { // a member born after the day
          assertTrue(problem.startsWith("无适用政策 / no policy in force: "), problem);
          assertTrue(problem.contains("no value of parameter '") && problem.contains((String) r.getAs("village")), problem);
          noPolicy++;
        }
      }
      assertTrue(noPolicy > 0, "no household was refused for want of a policy");
    }
  }

  @Test
  void aGb18030CsvRegisterIsReadAsItsUtf8Twin(@TempDir Path dir) throws Exception {
    String csv = """
        household_id,village,housing,safe_drinking_water,wages,member_id,birth_date,relationship,labour_capacity
        甲1,511902101201,C,是,1000.50,甲1-1,1970-01-01,户主,FULL
        甲1,511902101201,C,是,1000.50,甲1-2,2005-06-01,子女,NONE
        """;
    Files.writeString(dir.resolve("utf8.csv"), csv);
    Files.write(dir.resolve("gb.csv"), csv.getBytes(Charset.forName("GB18030")));
    List<Row> utf8 = jingzhun.prescribe(jingzhun.readRegisterCsv(dir.resolve("utf8.csv").toString(), "UTF-8"), DATE).collectAsList();
    List<Row> gb = jingzhun.prescribe(jingzhun.readRegisterCsv(dir.resolve("gb.csv").toString(), "GB18030"), DATE).collectAsList();
    assertEquals(1, utf8.size());
    assertEquals("甲1", utf8.get(0).getAs("household_id"));
    assertNull(utf8.get(0).getAs(ResultSchema.PROBLEM), String.valueOf(utf8.get(0)));
    assertEquals(utf8.toString(), gb.toString());
  }

  @Test
  void resultsWrittenAsGb18030CsvDecodeToTheSameChinese(@TempDir Path dir) throws Exception {
    String csv = """
        household_id,village,housing,safe_drinking_water,wages,member_id,birth_date,relationship,labour_capacity
        甲1,511902101201,C,是,1000.50,甲1-1,1970-01-01,户主,FULL
        乙2,511902101201,PALACE,是,1000.50,乙2-1,1970-01-01,户主,FULL
        """;
    Files.writeString(dir.resolve("in.csv"), csv);
    Dataset<Row> results = jingzhun.screen(jingzhun.readRegisterCsv(dir.resolve("in.csv").toString(), "UTF-8"), DATE)
        .select("household_id", ResultSchema.PROBLEM);
    Path out = dir.resolve("out");
    spark.conf().set(JingzhunSpark.JAVA_CHARSETS, "true"); // Spark 4 writes only Unicode and Latin sets without it
    results.coalesce(1).write().option("header", "true").option("encoding", "GB18030").csv(out.toString());
    Path part;
    try (var files = Files.list(out)) {
      part = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(part);
    String text = new String(bytes, Charset.forName("GB18030"));
    assertTrue(text.contains("甲1,") && text.contains("乙2,"), text);
    // 甲 is 0xBC 0xD7 in GB18030 (three bytes in UTF-8): the file is GB18030, not UTF-8
    assertEquals((byte) 0xBC, bytes[text.indexOf('甲')]);
    assertEquals(java.util.Set.of("甲1", "乙2"), spark.read().option("header", "true").option("encoding", "GB18030")
        .csv(out.toString()).collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
  }

  @Test
  void thePolicyTravelsAsTextAndIsTheSameBookByItsFingerprint() throws Exception {
    PolicyText shipped = PolicyText.shipped();
    List<PolicyFile> files = new ArrayList<>(PolicyBook.shippedFiles());
    assertEquals(PolicyFile.fingerprint(files), shipped.fingerprint());
    PolicyText reform = PolicyText.shippedWith(RegisterAgreementTest.ADD_ONS);
    files.addAll(RegisterAgreementTest.ADD_ONS);
    assertEquals(PolicyFile.fingerprint(files), reform.fingerprint());
    assertNotEquals(shipped.fingerprint(), reform.fingerprint());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(reform);
    }
    PolicyText received;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      received = (PolicyText) in.readObject();
    }
    assertEquals(reform.fingerprint(), received.fingerprint());
    assertEquals(RegisterAgreementTest.ADD_ONS, received.overlays());
    assertTrue(received.book().parameter("dibao.addon.serious-illness").isPresent());
  }

  @Test
  void aBadOverlayIsRefusedOnTheDriverAtItsFileAndLine() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyText.shippedWith(List.of(new PolicyFile("bad.yaml", "parameters: [unclosed"))));
    assertTrue(e.violations().get(0).toString().contains("bad.yaml"), e.violations().toString());
  }

  @Test
  void registerRowsReadBackIntoTheSameHouseholds() {
    RegisterLayout layout = RegisterLayout.of(RegisterSchema.HOUSEHOLDS);
    for (int i = 0; i < 500; i++) {
      Household h = GENERATOR.household(i);
      Household read = HouseholdReader.household(RegisterRows.of(h), layout, DATE);
      assertEquals(h, read, "household " + i);
    }
    assertArrayEquals(RegisterSchema.HOUSEHOLDS.fieldNames(), RegisterSchema.HOUSEHOLDS.fieldNames());
  }
}
