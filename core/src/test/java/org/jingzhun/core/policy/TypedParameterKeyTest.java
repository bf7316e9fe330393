package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Single-value parameters declared in code by typed keys: each key is checked against the files
 * when the book loads (its unit's kind, a choice's name, its definition), and read typed.
 */
class TypedParameterKeyTest {
  /** How a loan is repaid, as a choice parameter names it. */
  enum Repayment { MONTHLY, AT_MATURITY }

  private static final ParameterKey<Money> CAP = ParameterKey.money("loan.cap");
  private static final ParameterKey<Share> SHARE = ParameterKey.share("loan.share");
  private static final ParameterKey<Integer> YEARS = ParameterKey.count("loan.years");
  private static final ParameterKey<Repayment> REPAYMENT = ParameterKey.choice("loan.repayment", Repayment.class);
  private static final ParameterKey<PeriodicAmount> STANDARD = ParameterKey.periodic("dibao.standard");
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
  private static final Source SOURCE = Source.of("a", "b", Confidence.DOCUMENT);

  /** One parameter: its definition on lines 2–4, its value on line 6. */
  private static String parameter(String name, String unit, String value) {
    return "  " + name + ":\n    unit: " + unit + "\n    description: {zh: 参数, en: a parameter}\n    values:\n"
        + "      \"000000\": [{from: 2015-01-01, value: " + value + ", source: {issuer: a, title: b, confidence: DOCUMENT}}]\n";
  }

  private static PolicyBook book(String text, List<ParameterKey<?>> keys) {
    return PolicyBook.load(List.of(new PolicyFile("t.yaml", "parameters:\n" + text)), keys);
  }

  private static String four(String capUnit, String repayment) {
    return parameter("loan.cap", capUnit, capUnit.equals("SHARE") ? "\"0.4\"" : "\"50000\"")
        + parameter("loan.share", "SHARE", "\"0.5\"")
        + parameter("loan.years", "YEARS", "3") + parameter("loan.repayment", "TEXT", repayment);
  }

  @Test
  void keysReadTypedValues() {
    PolicyBook b = book(four("YUAN", "AT_MATURITY"), List.of(CAP, SHARE, YEARS, REPAYMENT));
    assertEquals(Money.ofYuan("50000"), b.value(CAP, RegionCode.NATION, DAY));
    assertEquals(Share.parse("0.5"), b.value(SHARE, RegionCode.NATION, DAY));
    assertEquals(3, b.value(YEARS, RegionCode.NATION, DAY));
    assertEquals(Repayment.AT_MATURITY, b.value(REPAYMENT, RegionCode.NATION, DAY));
    assertEquals(Repayment.AT_MATURITY, b.get(REPAYMENT, RegionCode.NATION, DAY).value(REPAYMENT));
    assertEquals("loan.cap", b.parameter(CAP).orElseThrow().name());
    // before the first value (2015-01-01) nothing is in force
    assertEquals(Optional.empty(), b.find(CAP, RegionCode.NATION, LocalDate.of(2014, 12, 31)));
  }

  @Test
  void everyKeyThatDoesNotFitItsFileIsRefusedAtLoadWithItsLine() {
    // loan.cap is declared a share in the file (its unit on line 3) while the code reads money; loan.repayment
    // names no constant of Repayment (its value on line 21: four parameters of five lines, then
    // the header); loan.missing is declared in code and in no file. All three at once.
    ParameterKey<BigDecimal> missing = ParameterKey.decimal("loan.missing");
    ValidationException e = assertThrows(ValidationException.class,
        () -> book(four("SHARE", "WEEKLY"), List.of(CAP, SHARE, YEARS, REPAYMENT, missing)));
    List<Violation> v = e.violations();
    assertEquals(3, v.size(), v.toString());
    assertTrue(v.stream().anyMatch(x -> x.path().equals("t.yaml:3")
        && x.message().contains("loan.cap is read by the code as an amount of money (金额)")
        && x.message().contains("its unit SHARE gives a share (比例)")), v.toString());
    assertTrue(v.stream().anyMatch(x -> x.path().equals("t.yaml:21")
        && x.message().contains("'WEEKLY' is not one of [MONTHLY, AT_MATURITY]")), v.toString());
    assertTrue(v.stream().anyMatch(x -> x.path().equals("loan.missing")
        && x.message().contains("no file defines it")), v.toString());
  }

  @Test
  void eachSingleKindHasItsUnits() {
    // a key of each factory against the unit kinds that fit it, and one that does not
    assertTrue(ParameterKey.money("m").fits(Unit.YUAN_PER_PERSON_YEAR));
    assertTrue(ParameterKey.periodic("p").fits(Unit.YUAN_PER_PERSON_MONTH));
    assertTrue(ParameterKey.rate("r").fits(Unit.ANNUAL_RATE));
    assertTrue(ParameterKey.ratio("q").fits(Unit.RATIO));
    assertTrue(ParameterKey.decimal("d").fits(Unit.SQUARE_METRES));
    assertTrue(ParameterKey.count("c").fits(Unit.MONTHS));
    assertTrue(ParameterKey.flag("f").fits(Unit.FLAG));
    assertTrue(ParameterKey.date("t").fits(Unit.DATE));
    assertTrue(ParameterKey.rounding("o").fits(Unit.ROUNDING));
    assertTrue(ParameterKey.text("x").fits(Unit.TEXT));
    assertTrue(ParameterKey.list("l", Money.class).fits(Unit.TABLE));
    assertTrue(!ParameterKey.money("m").fits(Unit.YUAN_PER_PERSON_MONTH));
    assertTrue(!ParameterKey.count("c").fits(Unit.MULTIPLE));
  }

  @Test
  void aBookLoadedWithoutKeysIsCheckedWhenReadThroughOne() {
    PolicyBook b = book(four("SHARE", "WEEKLY"), List.of());
    IllegalStateException wrongType = assertThrows(IllegalStateException.class, () -> b.value(CAP, RegionCode.NATION, DAY));
    assertEquals("parameter loan.cap has unit SHARE, which does not give an amount of money", wrongType.getMessage());
    assertEquals(Share.parse("0.4"), b.get(CAP, RegionCode.NATION, DAY).share());
    ValidationException badChoice = assertThrows(ValidationException.class, () -> b.value(REPAYMENT, RegionCode.NATION, DAY));
    assertEquals("loan.repayment[000000, t.yaml:21]", badChoice.violations().get(0).path());
  }

  @Test
  void anOverlayIsCheckedAgainstItsBasesKeys() {
    PolicyBook base = book(four("YUAN", "MONTHLY"), List.of(CAP, SHARE, YEARS, REPAYMENT));
    String overlay = "parameters:\n  loan.repayment:\n    values:\n      \"510000\": [{from: 2019-01-01, value: FORTNIGHTLY,"
        + " source: {issuer: a, title: b, confidence: DOCUMENT}}]\n";
    ValidationException e = assertThrows(ValidationException.class,
        () -> base.withOverrides(List.of(new PolicyFile("o.yaml", overlay))));
    assertEquals("o.yaml:4", e.violations().get(0).path(), e.violations().toString());
    assertTrue(e.violations().get(0).message().contains("'FORTNIGHTLY' is not one of [MONTHLY, AT_MATURITY]"), e.getMessage());
    // a reform's name is checked when read, at the parameter, region and the reform that set it
    PolicyBook fortnightly = base.reform("r").set("loan.repayment", RegionCode.NATION, DAY, "FORTNIGHTLY", SOURCE).build();
    ValidationException r = assertThrows(ValidationException.class, () -> fortnightly.value(REPAYMENT, RegionCode.NATION, DAY));
    assertEquals("loan.repayment[000000, reform: r]", r.violations().get(0).path());
    assertTrue(r.getMessage().contains("'FORTNIGHTLY' is not one of"), r.getMessage());
    PolicyBook named = base.reform("r").set("loan.repayment", RegionCode.NATION, DAY, "AT_MATURITY", SOURCE).build();
    assertEquals(Repayment.AT_MATURITY, named.value(REPAYMENT, RegionCode.NATION, DAY));
  }

  @Test
  void aReformSetsAValueOfTheKeysType() {
    String text = parameter("dibao.standard", "YUAN_PER_PERSON_MONTH", "\"300\"");
    PolicyBook b = book(text, List.of(STANDARD));
    PeriodicAmount raised = PeriodicAmount.parse("330", PeriodicAmount.Per.MONTH);
    PolicyBook reformed = b.reform("raise").set(STANDARD, RegionCode.NATION, DAY, raised, SOURCE).build();
    assertEquals(raised, reformed.value(STANDARD, RegionCode.NATION, DAY));
    PolicyBook scaled = b.reform("+10%").scale(STANDARD, new BigDecimal("1.1"), DAY, RoundingMode.HALF_UP).build();
    // 300 × 1.1 = 330.00 a month
    assertEquals(raised, scaled.value(STANDARD, RegionCode.NATION, DAY));
    assertEquals(Optional.of(raised), scaled.find(STANDARD, RegionCode.of("511902"), DAY).map(r -> r.value(STANDARD)));
  }

  @Test
  void aReaderNeedsThroughKeys() {
    PolicyBook b = book(four("YUAN", "MONTHLY"), List.of(CAP, SHARE, YEARS, REPAYMENT));
    PolicyReader before = PolicyReader.of(b, RegionCode.NATION, LocalDate.of(2014, 6, 1));
    assertEquals(Optional.empty(), before.need(CAP));
    assertEquals(Optional.empty(), before.ifInForce(SHARE));
    // need records a gap, ifInForce does not (nothing in force is not a gap for it)
    assertEquals(1, before.gaps().size());
    PolicyReader after = PolicyReader.of(b, RegionCode.NATION, DAY);
    assertEquals(Money.ofYuan("50000"), after.need(CAP).orElseThrow().value(CAP));
    assertTrue(!after.hasGaps());
  }
}
