package org.jingzhun.eligibility.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class BatchRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);

  @Test
  void illnessAndALabourerGiveSocialSecurityFirstAndProductionSecond() {
    // illness → social security 2; full labour → production 1
    BatchAssignment a = BatchRules.compute(Fixtures.household("1000", 1).addCauses(PovertyCause.ILLNESS).build(), BOOK, DATE);
    assertEquals(FiveBatch.SOCIAL_SECURITY, a.primary());
    assertEquals(Optional.of(FiveBatch.PRODUCTION_AND_EMPLOYMENT), a.secondary());
    assertEquals(2, a.reasons().size());
  }

  @Test
  void poorTransportPointsToRelocation() {
    // transport → relocation 2 beats full labour → production 1
    BatchAssignment a = BatchRules.compute(Fixtures.household("1000", 1).addCauses(PovertyCause.POOR_TRANSPORT).build(), BOOK, DATE);
    assertEquals(FiveBatch.RELOCATION, a.primary());
  }

  @Test
  void equalWeightsGoToTheBatchDeclaredFirst() {
    // lack of land: production 1 + ecological 1; the only member has partial labour capacity, which
    // matches no attribute row (neither full labour nor no labour) → production 1, ecological 1: a tie,
    // production is declared first in FiveBatch → primary production, secondary ecological
    BatchAssignment a = BatchRules.compute(Fixtures.household("1000", 0).addCauses(PovertyCause.LACK_OF_LAND)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.PARTIAL).build()).build(), BOOK, DATE);
    assertEquals(FiveBatch.PRODUCTION_AND_EMPLOYMENT, a.primary());
    assertEquals(Optional.of(FiveBatch.ECOLOGICAL_COMPENSATION), a.secondary());
  }

  @Test
  void noMatchingRuleGivesTheFallback() {
    BatchAssignment a = BatchRules.compute(Fixtures.household("1000", 0)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.PARTIAL).build()).build(), BOOK, DATE);
    assertEquals(FiveBatch.PRODUCTION_AND_EMPLOYMENT, a.primary());
    assertTrue(a.reasons().isEmpty());
  }

  @Test
  void aCountyCanRemapACause() {
    PolicyBook county = PolicyBook.load(new PolicyFile("test.yaml", """
        parameters:
          batches.mapping:
            unit: TABLE
            description: {zh: 对应表, en: mapping}
            values:
              "511902":
                - from: 2016-01-01
                  source: {issuer: test, title: test, confidence: UNVERIFIED}
                  value: {fallback: SOCIAL_SECURITY, rules: [{cause: ILLNESS, batch: EDUCATION, weight: 1}]}
        """));
    assertEquals(FiveBatch.EDUCATION,
        BatchRules.compute(Fixtures.household("1000", 1).addCauses(PovertyCause.ILLNESS).build(), county, DATE).primary());
  }

  @Test
  void theAssignmentRoundTripsThroughJson() {
    BatchAssignment a = BatchRules.compute(Fixtures.household("1000", 1).addCauses(PovertyCause.ILLNESS).build(), BOOK, DATE);
    assertEquals(a, JingzhunJson.read(JingzhunJson.write(a), BatchAssignment.class));
    assertEquals(List.of(FiveBatch.SOCIAL_SECURITY), List.of(a.primary()));
  }

  /** The violations of loading a mapping whose only row is {@code row}: refused when the file loads. */
  private static List<Violation> badRow(String row) {
    return assertThrows(ValidationException.class, () -> BOOK.withOverrides(List.of(new PolicyFile("bad.yaml", """
        parameters:
          batches.mapping:
            values:
              "511902":
                - from: 2017-01-01
                  source: {issuer: test, title: test, confidence: UNVERIFIED}
                  value:
                    fallback: PRODUCTION_AND_EMPLOYMENT
                    rules:
                      - %s
        """.formatted(row))))).violations();
  }

  private static void assertOneViolationAt(String field, List<Violation> violations) {
    assertEquals(1, violations.size(), violations::toString);
    Violation v = violations.get(0);
    // at the value's line in the file, naming the parameter, the region and the field in the table
    assertEquals("bad.yaml:5", v.path());
    assertTrue(v.message().startsWith("parameter batches.mapping, region 511902, at rules[0]." + field + ": "), v.message());
  }

  @Test
  void aRowOfWeightZeroIsRejectedWithItsPath() {
    assertOneViolationAt("weight", badRow("{cause: ILLNESS, batch: SOCIAL_SECURITY, weight: 0}"));
  }

  @Test
  void aRowWithoutWeightIsRejectedWithItsPath() {
    assertOneViolationAt("weight", badRow("{cause: ILLNESS, batch: SOCIAL_SECURITY}"));
  }

  @Test
  void aRowWithoutBatchIsRejectedWithItsPath() {
    assertOneViolationAt("batch", badRow("{cause: ILLNESS, weight: 1}"));
  }

  @Test
  void aRowWithNeitherCauseNorAttributeIsRejected() {
    assertOneViolationAt("cause", badRow("{batch: SOCIAL_SECURITY, weight: 1}"));
  }

  @Test
  void aBookLoadedWithoutTheKeyBindsTheTableWhenTheRuleReadsItAndSaysWhere() {
    // PolicyBook.load without keys keeps the table as written; the rule binds it and names parameter, region and origin
    PolicyBook planted = PolicyBook.load(new PolicyFile("planted.yaml", """
        parameters:
          batches.mapping:
            unit: TABLE
            description: {zh: 表, en: table}
            values:
              "511902":
                - from: 2017-01-01
                  source: {issuer: test, title: test, confidence: UNVERIFIED}
                  value: {fallback: PRODUCTION_AND_EMPLOYMENT, rules: [{cause: ILLNESS, batch: SOCIAL_SECURITY, weight: 0}]}
        """));
    List<Violation> v = assertThrows(ValidationException.class, () -> BatchRules.resolve(planted, Fixtures.VILLAGE, DATE)).violations();
    assertEquals(1, v.size(), v::toString);
    assertTrue(v.get(0).path().startsWith("batches.mapping[511902, planted.yaml:") && v.get(0).path().endsWith("rules[0].weight"),
        v.get(0).path());
  }
}
