package org.jingzhun.examples.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

class RegisterCsvReaderTest {
  private static final String HEADER =
      "household_id,village,housing,safe_drinking_water,wages,member_id,birth_date,relationship,labour_capacity,disability_grade\n";

  private static RegisterImport read(String rows) {
    return RegisterCsvReader.read(HEADER + rows, Optional.empty());
  }

  private static String reasonAt(RegisterImport result, long line) {
    return result.rejected().stream().filter(r -> r.line() == line).map(RejectedRow::reason).findFirst().orElse("(not rejected)");
  }

  @Test
  void theSampleRegisterImportsEveryRow() throws IOException {
    String text = Files.readString(CliRun.repositoryRoot().resolve("examples/registers/sample-register.csv"));
    RegisterImport result = RegisterCsvReader.read(text, Optional.of(LocalDate.of(2019, 6, 1)));
    assertEquals(List.of(), result.rejected());
    assertEquals(2, result.households().size());
    Household h1 = result.households().get(0);
    assertEquals(3, h1.size());
    // Chinese labels are read: 户主 is HEAD, 一般贫困户 is GENERAL
    assertEquals(Relationship.HEAD, h1.members().get(0).relationship());
    assertEquals(PovertyCategory.GENERAL, h1.registration().orElseThrow().category());
    assertEquals(Money.ofYuan("3000.00"), h1.totalRigidSpending());
  }

  @Test
  void aBadCellRejectsItsRowWithLineAndColumn() {
    RegisterImport result = read("H1,511902101201,A,yes,100.00,P1,1960-13-01,HEAD,FULL,\n");
    assertEquals(List.of(new RejectedRow(2, "H1", "birth_date = '1960-13-01': is not a day of the calendar")),
        result.rejected());
    assertEquals(0, result.households().size());
  }

  @Test
  void theGoodHouseholdsAreImportedBesideTheBadRows() {
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H2,511902101201,A,yes,100.00,P1,1960-01-01,BOSS,FULL,\n"
            + "H3,511902101201,A,yes,1.005,P1,1960-01-01,HEAD,FULL,9\n"
            + "H4,511902101201,A,yes,,P1,1970-01-01,HEAD,FULL,\n");
    assertEquals(List.of("H1", "H4"), result.households().stream().map(Household::id).toList());
    assertTrue(reasonAt(result, 3).startsWith("relationship = 'BOSS': is not one of [HEAD"), reasonAt(result, 3));
    // both bad cells of line 4 are named
    assertTrue(reasonAt(result, 4).contains("wages = '1.005'"), reasonAt(result, 4));
    assertTrue(reasonAt(result, 4).contains("disability_grade = '9'"), reasonAt(result, 4));
  }

  @Test
  void theOtherRowsOfAHouseholdWithABadRowAreRejectedNamingTheBadLine() {
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H1,511902101201,A,yes,100.00,P2,1962-01-01,SPOUSE,,\n");
    assertEquals(0, result.households().size());
    assertEquals("labour_capacity: is required", reasonAt(result, 3));
    assertEquals("not imported: household H1 has a bad row at line 3", reasonAt(result, 2));
  }

  @Test
  void householdColumnsThatDoNotRepeatExactlyRejectTheRow() {
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H1,511902101201,A,yes,200.00,P2,1962-01-01,SPOUSE,FULL,\n");
    assertEquals("wages '200.00' differs from line 2 ('100.00'); household columns must repeat exactly", reasonAt(result, 3));
    assertEquals(2, result.rejected().size());
  }

  @Test
  void aHouseholdRuleBrokenByTwoRowsIsReportedOnTheMembersLine() {
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H1,511902101201,A,yes,100.00,P1,1962-01-01,SPOUSE,FULL,\n");
    assertEquals(0, result.households().size());
    assertTrue(reasonAt(result, 2).contains("member ids must be unique"), reasonAt(result, 2));
  }

  @Test
  void aVillageCodeOfTheWrongLevelIsRejected() {
    RegisterImport result = read("H1,511902,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n");
    assertTrue(reasonAt(result, 2).startsWith("village = '511902': must be a twelve-digit village code"), reasonAt(result, 2));
  }

  @Test
  void membersBornAfterTheDateAreRejectedWhenADateIsGiven() {
    RegisterImport result = RegisterCsvReader.read(HEADER + "H1,511902101201,A,yes,,P1,2020-01-01,HEAD,FULL,\n",
        Optional.of(LocalDate.of(2019, 6, 1)));
    assertTrue(reasonAt(result, 2).contains("birth_date = '2020-01-01': is after the evaluation date 2019-06-01"),
        reasonAt(result, 2));
  }

  @Test
  void anUnknownColumnRejectsTheFileAndEveryRowIsReported() {
    RegisterImport result = RegisterCsvReader.read(HEADER.replace("wages", "salary")
        + "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n", Optional.empty());
    assertTrue(reasonAt(result, 1).startsWith("bad header: unknown column 'salary'"), reasonAt(result, 1));
    assertEquals("not imported: the header (line 1) is bad", reasonAt(result, 2));
    assertEquals(1, result.rows());
  }

  @Test
  void aColumnGivenTwiceRejectsTheFileNamingTheColumnAndItsPlaces() {
    // wages is column 5; a second wages as column 11 would otherwise win silently
    RegisterImport result = RegisterCsvReader.read(HEADER.replace("disability_grade", "disability_grade,wages")
        + "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,,999.00\n", Optional.empty());
    assertTrue(reasonAt(result, 1).startsWith("bad header: column 'wages' appears twice (columns 5 and 11)"),
        reasonAt(result, 1));
    assertEquals(List.of(), result.households());
  }

  @Test
  void aMissingRequiredColumnRejectsTheFile() {
    RegisterImport result = RegisterCsvReader.read("household_id,village\nH1,511902101201\n", Optional.empty());
    assertTrue(reasonAt(result, 1).contains("missing column 'housing'"), reasonAt(result, 1));
  }

  @Test
  void aRowWithMoreCellsThanColumnsIsRejected() {
    RegisterImport result = read("H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,,extra\n");
    assertEquals("the row has more cells than the header has columns", reasonAt(result, 2));
  }

  @Test
  void lineNumbersCountQuotedLineBreaksAndBlankLines() {
    RegisterImport result = read("H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n\n"
        + "\"H2\n\",511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
        + "H3,511902101201,A,maybe,100.00,P1,1960-01-01,HEAD,FULL,\n");
    // line 3 is blank, H2's id spans lines 4 and 5, so H3 is on line 6
    assertTrue(reasonAt(result, 6).startsWith("safe_drinking_water = 'maybe'"), result.rejected().toString());
    assertEquals(3, result.rows());
  }

  @Test
  void noRowIsSilentlyDropped() {
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + ",511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H2,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,,\n"
            + "H2,511902101201,A,yes,100.00,P2,1960-01-01,CHILD,FULL,\n"
            + "H3,511902101201,Z,yes,100.00,P1,1960-01-01,HEAD,FULL,\n");
    long members = result.households().stream().mapToLong(Household::size).sum();
    assertEquals(result.rows(), members + result.rejected().size());
    assertEquals("household_id is required", reasonAt(result, 3));
  }

  @Test
  void aHouseholdsRowsMustBeTogether() {
    // H1's rows end at line 2 when H2 begins; a later H1 row cannot join the household already imported
    RegisterImport result = read(
        "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H2,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
            + "H1,511902101201,A,yes,100.00,P2,1962-01-01,SPOUSE,FULL,\n");
    assertEquals(List.of("H1", "H2"), result.households().stream().map(Household::id).toList());
    assertEquals("household H1's rows ended at line 2; a household's rows must be together", reasonAt(result, 4));
  }

  @Test
  void aStreamedImportHandsOnEachHouseholdWhenItsRowsEnd() {
    List<String> events = new java.util.ArrayList<>();
    ImportTotals totals = RegisterCsvReader.read(new java.io.StringReader(HEADER
        + "H1,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"
        + "H1,511902101201,A,yes,100.00,P2,1962-01-01,SPOUSE,FULL,\n"
        + "H2,511902101201,A,yes,100.00,P1,1960-01-01,BOSS,FULL,\n"
        + "H3,511902101201,A,yes,100.00,P1,1960-01-01,HEAD,FULL,\n"), Optional.empty(), new RegisterSink() {
          @Override
          public void household(Household household) {
            events.add(household.id() + " of " + household.size());
          }

          @Override
          public void rejected(RejectedRow row) {
            events.add("line " + row.line());
          }
        });
    assertEquals(List.of("H1 of 2", "line 4", "H3 of 1"), events);
    assertEquals(new ImportTotals(2, 3, 1, 4), totals);
  }

  @Test
  void linkedIncomeAndTrainingsAreReadWhenTheirColumnsAreThere() {
    RegisterImport result = RegisterCsvReader.read(
        "household_id,village,housing,safe_drinking_water,wages,property,dividends,public_welfare_jobs,member_id,"
            + "birth_date,relationship,labour_capacity,trainings\n"
            + "H1,511902101201,A,yes,4800.00,900.00,900.00,4800.00,P1,1970-01-01,HEAD,FULL,"
            + "茶叶种植/2017/PRACTICAL_TECHNIQUE；电焊/2019/雨露计划短期技能培训\n",
        Optional.empty());
    assertEquals(List.of(), result.rejected());
    Household h = result.households().get(0);
    assertEquals(Money.ofYuan("900.00"), h.income().linkedOrNone().dividends());
    assertEquals(Money.ofYuan("4800.00"), h.income().linkedOrNone().publicWelfareJobs());
    // the second training is named by its Chinese label
    assertEquals(2, h.members().get(0).trainings().size());
    assertEquals(org.jingzhun.core.household.TrainingProgramme.RAIN_AND_DEW_SHORT_COURSE,
        h.members().get(0).trainings().get(1).programme());
  }

  @Test
  void aLinkedPartOverItsSourceRejectsTheRowAtItsColumn() {
    RegisterImport result = RegisterCsvReader.read(
        "household_id,village,housing,safe_drinking_water,wages,order_purchasing,member_id,birth_date,relationship,"
            + "labour_capacity\nH1,511902101201,A,yes,100.00,50.00,P1,1970-01-01,HEAD,FULL\n", Optional.empty());
    // order purchasing is part of business income, which is 0 here
    assertTrue(reasonAt(result, 2).startsWith("order_purchasing = '50.00'"), reasonAt(result, 2));
  }
}
