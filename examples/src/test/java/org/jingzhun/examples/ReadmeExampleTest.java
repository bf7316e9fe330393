package org.jingzhun.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionNotice;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.junit.jupiter.api.Test;

/** The README's embedding examples, line for line, so that they stay true. */
class ReadmeExampleTest {

  @Test
  void theReadmeEmbeddingExampleRunsAndPrintsWhatItSays() throws Exception {
    PolicyBook book = PolicyBook.shipped();
    Household h = JingzhunJson.read(Files.readString(Path.of("../docs/examples/poor-household.json")), Household.class);
    LocalDate on = LocalDate.of(2015, 12, 1);
    PrescriptionRules rules = PrescriptionRules.resolve(book, h.village(), on); // once per village and date, cached: reuse it
    Explained<Prescription> p = rules.explain(PrescriptionCase.of(h));        // rules.prescribe(c, Trace.off()) when no derivation is wanted
    String totals = p.value().monthlyTotal() + " a month, " + p.value().yearlyTotal() + " a year";
    String notice = PrescriptionNotice.render(p.value(), Language.ZH);
    String explanation = p.explanationText(Language.EN);
    List<Money> parts = Money.ofYuan("1000000.00").allocate(Ratio.parse("4:3:2:1"));

    // dibao (190 × 12 × 4 − 7,200) / 12 = 160.00 a month; + boarder 1,250 + nutrition 800 by term
    // + the premium subsidy of a dibao household, 120 × 0.5 = 60 for each of 4 members: 1,920 + 2,050 + 240 = 4,210
    assertEquals("160.00 a month, 4210.00 a year", totals);
    assertTrue(notice.contains(h.id()), notice);
    assertTrue(explanation.contains("dibao.standard.rural"), explanation);
    assertEquals(Money.ofYuan("400000.00"), parts.get(0));
  }

  @Test
  void theReadmeRegisterExampleScreensWhatItSays() {
    PolicyBook book = PolicyBook.shipped();
    LocalDate on = LocalDate.of(2015, 12, 1);
    IncomeScreening village = IncomeScreening.resolve(book, RegionCode.of("511902101201"), on);
    RegisterColumns register = RegisterColumns.of(new long[] {600_000, 900_000, -50_000}, new int[] {3, 3, 1});
    ScreeningResults out = new ScreeningResults(register.size());
    village.screen(register, 0, register.size(), out);

    // line 2,800 × 3 = 8,400 yuan > 6,000: poor; 190 × 12 × 3 = 6,840 > 6,000: dibao, (6,840 − 6,000) / 12 = 70.00
    assertEquals("Optional[DIBAO] 7000", out.category(0) + " " + out.monthlyTopUpFen(0));
    // 9,000 ≥ 8,400: not poor, not eligible; a loss with one member: the cap 190.00
    assertEquals(Optional.empty(), out.category(1));
    assertEquals(19_000, out.monthlyTopUpFen(2));
  }
}
