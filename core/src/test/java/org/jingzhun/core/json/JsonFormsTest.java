package org.jingzhun.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every value reads one way, whatever its JSON form: the number means what the same text means. */
class JsonFormsTest {

  static Violation refused(String field, String json) {
    ValidationException e = assertThrows(ValidationException.class, () -> Values.read(field, json), json);
    assertEquals(1, e.violations().size(), e.getMessage());
    Violation v = e.violations().get(0);
    assertEquals(field, v.path(), e.getMessage());
    return v;
  }

  @Test
  void anAmountWrittenAsANumberIsYuanNotFen() {
    // "wages": 6000 is 6,000.00 yuan (600,000 fen), as "6000" is
    Income income = JingzhunJson.read("{\"wages\": 6000}", Income.class);
    assertEquals(Money.ofYuan("6000.00"), income.wages());
    assertEquals(600_000, income.wages().fen());
  }

  @ParameterizedTest
  @CsvSource({"6000, 6000.00", "6000.5, 6000.50", "6000.05, 6000.05", "-0.07, -0.07", "0, 0.00", "6e3, 6000.00"})
  void aNumberAndTheSameDigitsAsTextAreTheSameAmount(String number, String yuan) {
    assertEquals(Money.ofYuan(yuan), Values.read("amount", number).amount().orElseThrow());
    if (!number.contains("e")) {
      assertEquals(Money.ofYuan(yuan), Values.read("amount", "\"" + number + "\"").amount().orElseThrow());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"6000.001", "\"6000.001\"", "0.005", "6000.000", "\"6000.000\""})
  void aFractionOfAFenIsRefusedAsNumberOrText(String json) {
    assertTrue(refused("amount", json).message().contains("at most two decimal places"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10000000000.01", "\"-10000000000.01\"", "1e30", "99999999999999999"})
  void anAmountBeyondTheInputBoundIsRefused(String json) {
    Violation v = refused("amount", json);
    assertTrue(v.message().contains("largest amount") || v.message().contains("range of amounts")
        || v.message().contains("amount of yuan"), v.message());
  }

  @Test
  void theLargestInputAmountIsAccepted() {
    assertEquals(1_000_000_000_000L, Values.read("amount", "10000000000").amount().orElseThrow().fen());
  }

  @ParameterizedTest
  @CsvSource({"0.4, 0.4", "1, 1", "0, 0", "\"40%\", 0.4"})
  void aShareReadsTheSameAsNumberOrText(String json, String share) {
    assertEquals(Share.parse(share), Values.read("share", json).share().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "\"-0.1\"", "1.0001", "\"101%\"", "1e-40"})
  void aShareOutsideZeroToOneOrWithTooManyPlacesIsRefused(String json) {
    refused("share", json);
  }

  @Test
  void aRateAsANumberIsTheFraction() {
    // 0.0475 is 4.75 % a year, as "0.0475" and "4.75%" are
    assertEquals(AnnualRate.ofPercent("4.75"), Values.read("rate", "0.0475").rate().orElseThrow());
    assertEquals(AnnualRate.ofPercent("4.75"), Values.read("rate", "\"4.75%\"").rate().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "\"-1%\"", "4.75", "\"475%\"", "\"1000000bp\""})
  void aNegativeOrAbsurdRateIsRefused(String json) {
    refused("rate", json);
  }

  @Test
  void aRatioAsANumberIsOnePart() {
    assertEquals(Ratio.of(6), Values.read("ratio", "6").ratio().orElseThrow());
    assertThrows(ValidationException.class, () -> Values.read("ratio", "-6"));
    refused("ratio", "0.5");
  }

  @Test
  void aRegionCodeAsANumberIsCheckedLikeItsText() {
    assertEquals(RegionCode.of("511902"), Values.read("region", "511902").region().orElseThrow());
    assertEquals(RegionCode.of("511902101201"), Values.read("region", "511902101201").region().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "5119021", "5119021012010", "511902.0", "0", "\"51190\"", "991902", "-511902"})
  void aRegionCodeOfAnotherLengthOrProvinceIsRefused(String json) {
    assertTrue(refused("region", json).message().contains("region code"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20190601", "17683", "0", "-1", "1.5", "[2019, 6, 1]", "{\"year\": 2019}", "true"})
  void aDateThatIsNotIsoTextIsRefused(String json) {
    Violation v = refused("date", json);
    assertTrue(v.message().contains("YYYY-MM-DD"), v.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2019-02-30\"", "\"2019-6-1\"", "\"1899-12-31\"", "\"2101-01-01\"", "\"+12019-06-01\"",
      "\"2019-06-01T00:00\"", "\" 2019-06-01\""})
  void aDateThatIsNotADayOrOutsideTheInputRangeIsRefused(String json) {
    refused("date", json);
  }

  @Test
  void theFirstAndLastInputDatesAreAccepted() {
    assertEquals(LocalDate.of(1900, 1, 1), Values.read("date", "\"1900-01-01\"").date().orElseThrow());
    assertEquals(LocalDate.of(2100, 12, 31), Values.read("date", "\"2100-12-31\"").date().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[]", "true", "[\"6000\"]"})
  void anObjectListOrTruthWhereAnAmountBelongsIsRefusedSayingWhatWasExpected(String json) {
    Violation v = refused("amount", json);
    assertTrue(v.message().startsWith("expected an amount of yuan"), v.message());
  }

  @Test
  void everyBadValueOfADocumentIsReportedAtOnceWithItsPath() {
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(
        "{\"amount\": 1.001, \"share\": 2, \"rate\": -1, \"ratio\": \"a:b\", \"region\": 1, \"date\": 20190601,"
            + " \"quarter\": \"2019-Q5\"}", Values.class));
    assertEquals(List.of("amount", "share", "rate", "ratio", "region", "date", "quarter"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void aNullDocumentIsAViolationOfTheWholeDocument() {
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read("null", Income.class));
    assertEquals("", e.violations().get(0).path());
    assertTrue(e.getMessage().contains("$: is null"), e.getMessage());
  }

  @Test
  void aNullListElementIsAViolationAtItsIndex() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.readList("[\"1.00\", null]", Money.class));
    assertEquals("[1]", e.violations().get(0).path(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"wages\": {}}", "{\"wages\": 1, \"wages\": 2}", "{\"wagez\": 1}", "[1]", "{\"wages\": \"x\"}",
      "{\"wages\": 1,}", "{\"wages\": 01}", "{\"wages\": NaN}", "{\"wages\": tru}", "{\"wages\"", "\"text\"", "1"})
  void noMessageShowsTheMappersWordsOrAJavaClass(String json) {
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Income.class));
    for (Violation v : e.violations()) {
      String m = v.toString();
      assertFalse(m.contains("Cannot") || m.contains("`") || m.contains("java.") || m.contains("org.")
          || m.contains("com.") || m.contains("Exception") || m.contains("(input)"), m);
    }
  }

  @Test
  void anyMapperReadsTheValueTypesThroughTheirFactories() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals(Money.ofYuan("6000.00"), plain.readValue("6000", Money.class));
    assertEquals(RegionCode.of("511902"), plain.readValue("511902", RegionCode.class));
    Exception e = assertThrows(Exception.class, () -> plain.readValue("1.5", Share.class));
    assertTrue(e instanceof ValidationException || e.getCause() instanceof ValidationException, e.toString());
  }

  private static final String HOUSEHOLD = "{\"id\": \"H1\", \"village\": \"511902101201\", \"members\": [{\"id\": \"P1\","
      + " \"birthDate\": \"1965-05-10\", \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\"}], \"income\": {},"
      + " \"housing\": \"B\", \"safeDrinkingWater\": true}";

  private static List<String> paths(String json) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(json, org.jingzhun.core.household.Household.class));
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void aBadMemberDoesNotHideTheProblemsOfTheRestOfTheHousehold() {
    // the member's date, the wages, the housing grade, the flag and the unknown field: five problems
    String bad = "{\"id\": \"H1\", \"village\": \"511902101201\", \"members\": [{\"id\": \"P1\", \"birthDate\": 19650510,"
        + " \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\"}], \"income\": {\"wages\": 6000.001},"
        + " \"housing\": \"E\", \"safeDrinkingWater\": \"yes\", \"colour\": \"red\"}";
    assertEquals(List.of("members[0].birthDate", "income.wages", "housing", "safeDrinkingWater", "colour"), paths(bad));
  }

  @Test
  void nullEntriesOfListsAndMapsAreViolationsAtTheirPlace() {
    assertEquals(List.of("members[1]"), paths(HOUSEHOLD.replace("}], \"income\"", "}, null], \"income\"")));
    assertEquals(List.of("causes[0]"), paths(HOUSEHOLD.replaceFirst("\\}$", ", \"causes\": [null]}")));
    assertEquals(List.of("rigidSpending.MEDICAL"), paths(HOUSEHOLD.replaceFirst("\\}$", ", \"rigidSpending\": {\"MEDICAL\": null}}")));
  }
}
