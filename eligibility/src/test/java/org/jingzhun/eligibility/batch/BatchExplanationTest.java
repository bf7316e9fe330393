package org.jingzhun.eligibility.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** The explanation of a batch assignment names each matching row, by cause or by attribute, and its batch. */
class BatchExplanationTest {
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);

  @Test
  void eachMatchingRowIsANoteInBothLanguages() {
    // illness → social security (weight 2); a full labourer → production and employment (weight 1)
    Explained<BatchAssignment> e = BatchRules.explain(
        Fixtures.household("1000", 1).addCauses(PovertyCause.ILLNESS).build(), PolicyBook.shipped(), DATE);
    assertEquals(FiveBatch.SOCIAL_SECURITY, e.value().primary());
    List<Term> notes = e.explanation().notes();
    assertEquals(List.of("illness → social-security floor", "a member with full labour capacity → production and employment"),
        notes.stream().map(t -> t.label(Language.EN)).toList());
    assertEquals(List.of("因病 → 社会保障兜底一批", "有普通劳动力 → 发展生产和就业脱贫一批"),
        notes.stream().map(t -> t.label(Language.ZH)).toList());
    assertEquals(FiveBatch.SOCIAL_SECURITY, e.explanation().result());
  }
}
