package org.jingzhun.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionNotice;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/** The README's embedding example, line for line, so that it stays true. */
class ReadmeExampleTest {

  @Test
  void theReadmeEmbeddingExampleRunsAndPrintsWhatItSays() throws Exception {
    PolicyBook book = PolicyBook.shipped();
    Household h = JingzhunJson.read(Files.readString(Path.of("../docs/examples/poor-household.json")), Household.class);
    LocalDate on = LocalDate.of(2015, 12, 1);
    Explained<Prescription> p = PrescriptionRules.explain(PrescriptionCase.of(h), book, on);
    String totals = p.value().monthlyTotal() + " a month, " + p.value().yearlyTotal() + " a year";
    String notice = PrescriptionNotice.render(p.value(), Language.ZH);
    String explanation = p.explanationText(Language.EN);
    List<Money> parts = Money.ofYuan("1000000.00").allocate(Ratio.parse("4:3:2:1"));

    // dibao (190 × 12 × 4 − 7,200) / 12 = 160.00 a month; + boarder 1,250 + nutrition 800 by term
    assertEquals("160.00 a month, 3970.00 a year", totals);
    assertTrue(notice.contains(h.id()), notice);
    assertTrue(explanation.contains("dibao.standard.rural"), explanation);
    assertEquals(Money.ofYuan("400000.00"), parts.get(0));
  }
}
