package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** What a {@link PolicyReader} found, missed and read from unofficial sources; {@link PolicyBook#find}. */
class PolicyReaderTest {
  private static final RegionCode BAZHOU = RegionCode.of("511902");
  private static final LocalDate AUGUST_2019 = LocalDate.of(2019, 8, 1);

  @Test
  void aReaderKnowsItsBookAndRegion() {
    PolicyBook book = PolicyBookTest.book();
    PolicyReader read = PolicyReader.of(book, BAZHOU, AUGUST_2019);
    assertSame(book, read.book());
    assertEquals(BAZHOU, read.region());
    assertEquals(AUGUST_2019, read.date());
  }

  @Test
  void aReaderListsTheUnofficialParametersItRead() {
    // In Bazhou from 2019-07-01 the standard is the district's own UNVERIFIED value; the
    // share cap is Sichuan's DOCUMENT value.
    PolicyReader read = PolicyReader.of(PolicyBookTest.book(), BAZHOU, AUGUST_2019);
    assertTrue(read.need("dibao.standard").isPresent());
    assertTrue(read.need("health.share.cap").isPresent());
    assertEquals(List.of("dibao.standard"), read.unofficialParameters());
    assertFalse(read.hasGaps());
    assertEquals(List.of(), read.gaps());
  }

  @Test
  void aReaderKeepsEachGap() {
    PolicyReader read = PolicyReader.of(PolicyBookTest.book(), BAZHOU, LocalDate.of(2010, 1, 1));
    assertTrue(read.need("dibao.standard").isEmpty());
    assertTrue(read.hasGaps());
    assertEquals(List.of("dibao.standard"), read.gaps().stream().map(PolicyGap::parameter).toList());
  }

  @Test
  void ifInForceGivesTheValueWhenThereIsOne() {
    PolicyReader read = PolicyReader.of(PolicyBookTest.book(), BAZHOU, AUGUST_2019);
    assertEquals(Money.ofYuan("380"), read.ifInForce("dibao.standard").orElseThrow().money());
    assertTrue(PolicyReader.of(PolicyBookTest.book(), BAZHOU, LocalDate.of(2010, 1, 1)).ifInForce("dibao.standard").isEmpty());
  }

  @Test
  void findGivesTheValueInForce() {
    assertEquals(Money.ofYuan("380"), PolicyBookTest.book().find("dibao.standard", BAZHOU, AUGUST_2019).orElseThrow().money());
  }

  @Test
  void findInAnOfficialOnlyBookRefusesAnUnverifiedValue() {
    // Bazhou's own 380 is UNVERIFIED: an official-only book will not use it, and says so.
    PolicyBook official = PolicyBookTest.book().officialOnly();
    ValidationException e = assertThrows(ValidationException.class, () -> official.find("dibao.standard", BAZHOU, AUGUST_2019));
    assertEquals(1, e.violations().size());
    assertTrue(e.violations().get(0).message().contains("dibao.standard"), e.getMessage());
  }

  @Test
  void aReadingIsOfficialOnlyForDocumentsAndLocalRules() {
    PolicyBook book = PolicyBookTest.book();
    assertFalse(book.get("dibao.standard", BAZHOU, AUGUST_2019).official());
    assertTrue(book.get("health.share.cap", BAZHOU, AUGUST_2019).official());
  }

  @Test
  void resolvedReturnsWhatTheResolverMadeAndKeepsIt() {
    PolicyBook book = PolicyBookTest.book();
    String made = book.resolved(String.class, BAZHOU, AUGUST_2019, (b, r, d) -> r + "@" + d);
    assertEquals("511902@2019-08-01", made);
    assertSame(made, book.resolved(String.class, BAZHOU, AUGUST_2019, (b, r, d) -> "again"));
  }

  @Test
  void aBookDescribesItselfByTitleSizeAndOfficialness() {
    PolicyBook book = PolicyBookTest.book();
    assertEquals("PolicyBook[2 parameters]", book.toString());
    assertEquals("PolicyBook[2 parameters, official only]", book.officialOnly().toString());
    assertEquals("PolicyBook[t, 2 parameters]", book.reform("t").build().toString());
  }

  @Test
  void coreAloneShipsNoParameters() {
    // No module with parameter files is on core's test class path.
    assertEquals("PolicyBook[0 parameters]", PolicyBook.shipped().toString());
  }
}
