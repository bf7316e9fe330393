package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PolicyBookTest {
  static final RegionCode NATION = RegionCode.NATION;
  static final RegionCode SICHUAN = RegionCode.of("510000");
  static final RegionCode BAZHONG = RegionCode.of("511900");
  static final RegionCode BAZHOU = RegionCode.of("511902");
  static final RegionCode VILLAGE = RegionCode.of("511902101201");

  static final String BOOK = """
      sources:
        floor: {issuer: 四川省民政厅等, title: 关于提高农村低保标准的通知, date: 2015-06-01, confidence: DOCUMENT}
      parameters:
        dibao.standard:
          unit: YUAN_PER_MONTH
          description: {zh: 农村低保标准, en: rural dibao standard}
          values:
            "510000":
              - {from: 2015-07-01, until: 2019-01-01, value: 190, source: floor}
              - {from: 2019-01-01, value: "350", source: {issuer: 四川省民政厅, title: 2019年标准, confidence: DOCUMENT}}
            "511902":
              - {from: 2019-07-01, value: "380.00", source: {issuer: 巴州区, title: 区定标准, confidence: UNVERIFIED}}
        health.share.cap:
          unit: SHARE
          description: {zh: 个人自付比例上限, en: personal share cap}
          values:
            "510000":
              - {from: 2017-01-01, value: "10%", source: {issuer: 四川省卫计委, title: 新闻发布会, date: 2017-02-15, confidence: DOCUMENT}}
      """;

  static PolicyBook book() {
    return PolicyBook.load(new PolicyFile("book.yaml", BOOK));
  }

  @Test
  void aCountyInheritsItsProvincesValue() {
    Reading r = book().get("dibao.standard", BAZHOU, LocalDate.of(2016, 1, 1));
    assertEquals(Money.ofYuan("190"), r.money());
    assertEquals(SICHUAN, r.region());
    assertEquals(Share.parse("0.1"), book().get("health.share.cap", VILLAGE, LocalDate.of(2020, 1, 1)).share());
  }

  @Test
  void aCountysOwnValueWinsWhileInForce() {
    assertEquals(Money.ofYuan("350"), book().get("dibao.standard", BAZHOU, LocalDate.of(2019, 6, 30)).money());
    Reading own = book().get("dibao.standard", VILLAGE, LocalDate.of(2019, 7, 1));
    assertEquals(Money.ofYuan("380"), own.money());
    assertEquals(BAZHOU, own.region());
    // a neighbouring county still gets Sichuan's value
    assertEquals(Money.ofYuan("350"), book().get("dibao.standard", RegionCode.of("511921"), LocalDate.of(2019, 7, 1)).money());
  }

  @Test
  void aValueStartsOnItsFromDayAndEndsTheDayBeforeItsUntil() {
    PolicyBook b = book();
    assertTrue(b.find("dibao.standard", SICHUAN, LocalDate.of(2015, 6, 30)).isEmpty());
    assertEquals(Money.ofYuan("190"), b.get("dibao.standard", SICHUAN, LocalDate.of(2015, 7, 1)).money());
    assertEquals(Money.ofYuan("190"), b.get("dibao.standard", SICHUAN, LocalDate.of(2018, 12, 31)).money());
    assertEquals(Money.ofYuan("350"), b.get("dibao.standard", SICHUAN, LocalDate.of(2019, 1, 1)).money());
  }

  @Test
  void aMissingValueNamesTheParameterRegionAndDate() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> book().get("dibao.standard", BAZHOU, LocalDate.of(2010, 1, 1)));
    String m = e.getMessage();
    assertTrue(m.contains("dibao.standard") && m.contains("511902") && m.contains("2010-01-01"), m);
  }

  @Test
  void theCitationNamesIssuerTitleDateAndConfidence() {
    Reading r = book().get("dibao.standard", BAZHOU, LocalDate.of(2016, 1, 1));
    assertEquals("四川省民政厅等《关于提高农村低保标准的通知》, 2015-06-01, 官方文件", r.citation(org.jingzhun.core.explain.Language.ZH));
  }

  @Test
  void aReformReplacesAValueFromItsDateAndKnowsWhatItChanged() {
    Source s = Source.of("research", "dibao 400", Confidence.UNVERIFIED);
    PolicyBook reform = book().reform("dibao 400 from 2020")
        .set("dibao.standard", SICHUAN, LocalDate.of(2020, 1, 1), Money.ofYuan("400"), s)
        .build();
    assertEquals(Money.ofYuan("350"), reform.get("dibao.standard", BAZHONG, LocalDate.of(2019, 12, 31)).money());
    assertEquals(Money.ofYuan("400"), reform.get("dibao.standard", BAZHONG, LocalDate.of(2020, 1, 1)).money());
    assertEquals(1, reform.changes().size());
    Change c = reform.changes().get(0);
    assertEquals(Money.ofYuan("350"), c.replaced().get(0).value());
    // the value cut short now ends where the reform begins
    ParameterValue cut = reform.parameter("dibao.standard").orElseThrow().ownValue(SICHUAN, LocalDate.of(2019, 5, 1)).orElseThrow();
    assertEquals(LocalDate.of(2019, 1, 1), cut.from());
    assertEquals(java.util.Optional.of(LocalDate.of(2020, 1, 1)), cut.until());
    // the original book is untouched
    assertEquals(Money.ofYuan("350"), book().get("dibao.standard", BAZHONG, LocalDate.of(2020, 1, 1)).money());
  }

  @Test
  void aScalingReformMultipliesEveryRegionsValueFromItsDate() {
    PolicyBook reform = book().reform("+10%")
        .scale("dibao.standard", new BigDecimal("1.10"), LocalDate.of(2019, 1, 1), RoundingMode.HALF_UP)
        .build();
    // 350 * 1.1 = 385.00 (Sichuan); 380 * 1.1 = 418.00 (Bazhou); 190 before 2019 unchanged
    assertEquals(Money.ofYuan("385"), reform.get("dibao.standard", SICHUAN, LocalDate.of(2019, 1, 1)).money());
    assertEquals(Money.ofYuan("418"), reform.get("dibao.standard", BAZHOU, LocalDate.of(2019, 8, 1)).money());
    assertEquals(Money.ofYuan("190"), reform.get("dibao.standard", BAZHOU, LocalDate.of(2018, 8, 1)).money());
    assertEquals(2, reform.changes().size()); // Sichuan from 2019-01-01 and Bazhou from 2019-07-01
  }

  @Test
  void aReformFileOverridesTheBook() {
    PolicyBook reform = book().withOverrides(List.of(new PolicyFile("reform.yaml", """
        parameters:
          dibao.standard:
            values:
              "511902":
                - {from: 2020-01-01, value: 450, source: {issuer: 研究, title: 情景, confidence: UNVERIFIED}}
        """)));
    assertEquals(Money.ofYuan("450"), reform.get("dibao.standard", VILLAGE, LocalDate.of(2020, 3, 1)).money());
    assertEquals(Money.ofYuan("380"), reform.get("dibao.standard", VILLAGE, LocalDate.of(2019, 12, 1)).money());
    assertEquals("reform.yaml", reform.title());
  }

  @Test
  void aReformRejectsAValueOfTheWrongType() {
    Source s = Source.of("x", "y", Confidence.UNVERIFIED);
    assertThrows(ValidationException.class, () -> book().reform("bad")
        .set("dibao.standard", SICHUAN, LocalDate.of(2020, 1, 1), Share.parse("0.5"), s));
  }

  @Test
  void inForceListsEveryParameterWithAValue() {
    assertEquals(List.of("dibao.standard", "health.share.cap"),
        book().inForce(BAZHOU, LocalDate.of(2019, 8, 1)).stream().map(Reading::parameterName).toList());
  }

  @Test
  void everyLoadErrorIsReportedTogetherWithFileAndLine() {
    String bad = """
        parameters:
          a.line:
            unit: YUAN_PER_PERSON_YEAR
            description: {zh: 线, en: line}
            continuous: true
            values:
              "000000":
                - {from: 2011-01-01, until: 2012-01-01, value: 2536, source: {issuer: 统计局, title: 年鉴, confidence: DOCUMENT}}
                - {from: 2011-06-01, until: 2013-01-01, value: 2625, source: {issuer: 统计局, title: 年鉴, confidence: DOCUMENT}}
                - {from: 2014-01-01, value: 2800, source: {issuer: 统计局, title: 年鉴, confidence: DOCUMENT}}
          b.rate:
            unit: PERCENTAGE
            description: {zh: 率, en: rate}
          c.share:
            unit: SHARE
            description: {zh: 比例, en: share}
            values:
              "510000":
                - {from: 2017-01-01, value: "ten percent", source: {issuer: 省, title: 文, confidence: LOCAL}}
                - {from: 2018-01-01, value: "0.2"}
                - {from: 2019-01-01, value: "0.3", colour: red, source: {issuer: 省, title: 文, confidence: SURE}}
              "990000":
                - {from: 2017-01-01, value: "0.1", source: {issuer: 省, title: 文, confidence: LOCAL}}
          d.unknown:
            values:
              "000000":
                - {from: 2017-01-01, value: 1, source: {issuer: 省, title: 文, confidence: LOCAL}}
        """;
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyBook.load(new PolicyFile("bad.yaml", bad)));
    List<String> where = e.violations().stream().map(Violation::path).toList();
    // line 9 overlaps line 8; line 10 starts after a gap (the value at line 9 ends 2013-01-01)
    assertHas(e, "bad.yaml:9", "overlaps");
    assertHas(e, "bad.yaml:12", "unknown unit");
    assertHas(e, "bad.yaml:19", "is not a value of unit SHARE");
    assertHas(e, "bad.yaml:20", "needs a 'source'");
    assertHas(e, "bad.yaml:21", "unknown field");
    assertHas(e, "bad.yaml:21", "confidence must be one of");
    assertHas(e, "bad.yaml:22", "no province");
    assertHas(e, "bad.yaml:27", "no parameter named d.unknown");
    assertTrue(where.size() >= 8, where.toString());
  }

  @Test
  void aGapInAContinuousParameterIsReported() {
    String gap = """
        parameters:
          a.line:
            unit: YUAN_PER_PERSON_YEAR
            description: {zh: 线, en: line}
            continuous: true
            values:
              "000000":
                - {from: 2011-01-01, until: 2012-01-01, value: 2536, source: {issuer: 统计局, title: 年鉴, confidence: DOCUMENT}}
                - {from: 2014-01-01, value: 2800, source: {issuer: 统计局, title: 年鉴, confidence: DOCUMENT}}
        """;
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBook.load(new PolicyFile("gap.yaml", gap)));
    assertHas(e, "gap.yaml:9", "gap from 2012-01-01");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyBook.load(new PolicyFile("broken.yaml", "parameters:\n  a: {unit: [\n")));
    assertTrue(e.violations().get(0).path().startsWith("broken.yaml:"), e.getMessage());
  }

  @Test
  void aParameterDefinedTwiceIsReportedAtTheSecondDefinition() {
    String def = "parameters:\n  x:\n    unit: COUNT\n    description: {zh: 数, en: count}\n";
    ValidationException e = assertThrows(ValidationException.class,
        () -> PolicyBook.load(new PolicyFile("one.yaml", def), new PolicyFile("two.yaml", def)));
    assertHas(e, "two.yaml:3", "already defined at one.yaml:3");
  }

  private static void assertHas(ValidationException e, String path, String text) {
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(path) && v.message().contains(text)),
        "expected at " + path + " a violation containing '" + text + "' in " + e.violations());
  }
}
