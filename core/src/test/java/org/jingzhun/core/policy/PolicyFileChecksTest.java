package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The checks a parameter file passes when it loads, each reported at its line. */
class PolicyFileChecksTest {

  private static ValidationException refused(String yaml) {
    return assertThrows(ValidationException.class, () -> PolicyBook.load(new PolicyFile("f.yaml", yaml)));
  }

  private static void assertHas(ValidationException e, String path, String text) {
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(path) && v.message().contains(text)),
        "expected at " + path + " a violation containing '" + text + "' in " + e.violations());
  }

  @Test
  void unknownFieldsContinuousNotAFlagAnEmptyPeriodAndAnEstimateWithABlankNoteAreEachReported() {
    ValidationException e = refused("""
        parameters:
          a:
            unit: COUNT
            description: {zh: 数, en: count}
            continuous: "yes"
            colour: red
            values:
              "000000":
                - {from: 2015-01-01, until: 2015-01-01, value: 1, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2016-01-01, value: 2, source: {issuer: a, title: b, confidence: ESTIMATED, note: " "}}
                - {from: 2017-01-01, value: 3, source: {issuer: a, title: b, confidence: DOCUMENT, page: 4}}
        extra: 1
        """);
    assertHas(e, "f.yaml:5", "'continuous' must be true or false");
    assertHas(e, "f.yaml:6", "unknown field in parameter a");
    assertHas(e, "f.yaml:9", "'until' must be after 'from' 2015-01-01");
    assertHas(e, "f.yaml:10", "an ESTIMATED value must state its method in 'note'");
    assertHas(e, "f.yaml:11", "unknown field in parameter a, region");
    assertHas(e, "f.yaml:12", "unknown field in the file");
    assertEquals(6, e.violations().size(), e.violations().toString());
  }

  @Test
  void aDateThatIsNotADayOfTheCalendarOrNotWrittenYyyyMmDdIsRefusedAtItsLine() {
    ValidationException e = refused("""
        parameters:
          a:
            unit: COUNT
            description: {zh: 数, en: count}
            values:
              "000000":
                - {from: 2015-02-29, value: 1, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2016-13-01, value: 2, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2017-1-01, value: 3, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2018/01/01, value: 4, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2019-01-0x, value: 5, source: {issuer: a, title: b, confidence: DOCUMENT}}
        """);
    // 2015 is not a leap year; month 13; a one-digit month; slashes; a letter
    for (int line = 7; line <= 11; line++) {
      assertHas(e, "f.yaml:" + line, "'from' must be a date such as 2016-07-01");
    }
    assertEquals(5, e.violations().size(), e.violations().toString());
  }

  @Test
  void aLeapDayAndTheLastDayOfTheYearAreRead() {
    assertEquals(LocalDate.of(2016, 2, 29), PolicyLoader.isoDate("2016-02-29"));
    assertEquals(LocalDate.of(1999, 12, 31), PolicyLoader.isoDate("1999-12-31"));
    assertEquals(LocalDate.of(2000, 1, 1), PolicyLoader.isoDate("2000-01-01"));
  }

  @Test
  void aValueEndingTheDayAfterItStartsIsOneDayLong() {
    PolicyBook book = PolicyBook.load(new PolicyFile("f.yaml", """
        parameters:
          a:
            unit: COUNT
            description: {zh: 数, en: count}
            values:
              "000000": [{from: 2015-01-01, until: 2015-01-02, value: 1, source: {issuer: a, title: b, confidence: DOCUMENT}}]
        """));
    assertEquals(1, book.get("a", RegionCode.NATION, LocalDate.of(2015, 1, 1)).integer());
    assertTrue(book.find("a", RegionCode.NATION, LocalDate.of(2015, 1, 2)).isEmpty());
  }

  @Test
  void aGapIsFoundWhateverOrderTheValuesAreListedIn() {
    // Listed latest first: 2018 on, then 2015-2017. Sorted by start, 2017-01-01 to 2018-01-01 has no value.
    ValidationException e = refused("""
        parameters:
          a:
            unit: COUNT
            description: {zh: 数, en: count}
            continuous: true
            values:
              "000000":
                - {from: 2018-01-01, value: 2, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2015-01-01, until: 2017-01-01, value: 1, source: {issuer: a, title: b, confidence: DOCUMENT}}
        """);
    assertHas(e, "f.yaml:8", "gap from 2017-01-01");
    assertEquals(1, e.violations().size(), e.violations().toString());
  }

  @Test
  void anOverrideFileMayDefineANewParameterButNotRedefineAnOldOne() {
    PolicyBook reform = PolicyBookTest.book().withOverrides(List.of(new PolicyFile("new.yaml", """
        parameters:
          new.count:
            unit: COUNT
            description: {zh: 新, en: new}
            values:
              "000000": [{from: 2020-01-01, value: 7, source: {issuer: a, title: b, confidence: DOCUMENT}}]
        """)));
    assertEquals(7, reform.get("new.count", RegionCode.NATION, LocalDate.of(2020, 1, 1)).integer());
    assertEquals(350, reform.get("dibao.standard", RegionCode.of("510000"), LocalDate.of(2020, 1, 1)).money().fen() / 100);

    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBookTest.book().withOverrides(
        List.of(new PolicyFile("again.yaml", """
            parameters:
              dibao.standard:
                unit: YUAN_PER_MONTH
                description: {zh: 再, en: again}
                values:
                  "510000": [{from: 2020-01-01, value: 999, source: {issuer: a, title: b, confidence: DOCUMENT}}]
            """))));
    assertHas(e, "again.yaml:3", "parameter dibao.standard is already defined in the book this file changes");
    assertEquals(1, e.violations().size(), e.violations().toString());
  }
}
