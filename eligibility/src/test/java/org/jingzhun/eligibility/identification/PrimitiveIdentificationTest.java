package org.jingzhun.eligibility.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.GeneratedHouseholds;
import org.junit.jupiter.api.Test;

/** The primitive entry points of {@link IdentificationRules} against {@link IdentificationRules#identify}. */
class PrimitiveIdentificationTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** Bazhou, 2015-08-01: the 2014 line of 2,800 a year; Sichuan's dibao standard of 190 a month. */
  private static final LocalDate DATE = LocalDate.of(2015, 8, 1);
  /** Deficits weigh: housing C/D 2, water 1; threshold 2; income limit 1.2 × the line. */
  private static final PolicyBook COUNTY = BOOK.withOverrides(List.of(new PolicyFile("county.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        identification.deficit-income-multiple:
          values:
            "511902": [{from: 2015-01-01, value: 1.2, source: t}]
        identification.deficit-threshold:
          values:
            "511902": [{from: 2015-01-01, value: 2, source: t}]
        identification.deficit-weights:
          values:
            "511902": [{from: 2015-01-01, value: {UNSAFE_HOUSING: 2, UNSAFE_WATER: 1, UNINSURED: 1}, source: t}]
      """)));

  /** Checks, over generated households, that both paths agree; {@code otherLineFen} anchors kind 2. */
  private static void bothPathsAgree(PolicyBook book, long otherLineFen) {
    IdentificationRules rules = IdentificationRules.resolve(book, Fixtures.VILLAGE, DATE);
    qt().withExamples(600).forAll(integers().between(1, 6), integers().between(0, GeneratedHouseholds.KINDS - 1),
            longs().between(-1_000_000, 1_000_000), integers().between(0, GeneratedHouseholds.FLAGS - 1))
        .checkAssert((members, kind, amount, flags) -> {
          long net = GeneratedHouseholds.netFen(kind, amount, members, rules.identificationLineFen(), otherLineFen);
          Household h = GeneratedHouseholds.household(members, net, flags);
          Identification r = rules.identify(h, Trace.off());
          assertEquals(r.poor(), rules.isPoor(net, members, GuaranteeDeficit.mask(r.deficits())), "poor");
          if (r.poor()) {
            assertEquals(r.category().orElseThrow(),
                rules.category(net, members, GeneratedHouseholds.noLabourNoLivelihood(h)), "category");
          }
          assertEquals(r.line().fen(), rules.identificationLineFen(), "line");
        });
  }

  @Test
  void primitivePathGivesTheHouseholdPathsAnswersUnderTheShippedBook() {
    // kind 2 anchored at the yearly dibao standard: 190 × 12 = 2,280 yuan = 228,000 fen
    bothPathsAgree(BOOK, 228_000);
  }

  @Test
  void primitivePathGivesTheHouseholdPathsAnswersWhenDeficitsWeigh() {
    // kind 2 anchored at the deficit income limit: 1.2 × 2,800 = 3,360 yuan = 336,000 fen
    bothPathsAgree(COUNTY, 336_000);
  }

  @Test
  void deficitsMakeAHouseholdPoorBelowTheLimitOnlyWhenTheyWeighEnough() {
    IdentificationRules rules = IdentificationRules.resolve(COUNTY, Fixtures.VILLAGE, DATE);
    int housing = GuaranteeDeficit.UNSAFE_HOUSING.bit();
    int water = GuaranteeDeficit.UNSAFE_WATER.bit();
    // 671,999 fen < 1.2 × 280,000 × 2 = 672,000, housing weighs 2 ≥ 2
    assertEquals(true, rules.isPoor(671_999, 2, housing));
    // water weighs 1 < 2
    assertEquals(false, rules.isPoor(671_999, 2, water));
    // 672,000 is not below the limit
    assertEquals(false, rules.isPoor(672_000, 2, housing | water));
  }

  @Test
  void primitiveEntryPointsRefuseAnEmptyHouseholdAndABadMask() {
    IdentificationRules rules = IdentificationRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    assertThrows(ValidationException.class, () -> rules.isPoor(0, 0, 0));
    assertThrows(ValidationException.class, () -> rules.isPoor(0, 1, GuaranteeDeficit.MASKS));
    assertThrows(ValidationException.class, () -> rules.isPoor(0, 1, -1));
    assertThrows(ValidationException.class, () -> rules.category(0, 0, false));
  }
}
