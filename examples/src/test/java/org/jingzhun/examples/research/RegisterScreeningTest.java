package org.jingzhun.examples.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.junit.jupiter.api.Test;

class RegisterScreeningTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final int HOUSEHOLDS = 20_000;

  @Test
  void theTotalsAreTheRulesOneHouseholdAtATime() {
    StringWriter text = new StringWriter();
    RegisterScreening.run(BOOK, new PrintWriter(text), HOUSEHOLDS);
    // the same register, and each household through the per-household entry points of its village's rules
    List<RegionCode> villages = RegisterScreening.villages();
    int[] start = new int[villages.size() + 1];
    RegisterColumns register = RegisterScreening.register(HOUSEHOLDS, villages.size(), start);
    PolicyBook raised = BOOK.reform("test").scale(DibaoRules.STANDARD, new BigDecimal("1.10"),
        RegisterScreening.REFORM_FROM, RoundingMode.HALF_UP).build();
    int poor = 0;
    long shipped = 0;
    long reformed = 0;
    for (int v = 0; v < villages.size(); v++) {
      IdentificationRules identification = IdentificationRules.resolve(BOOK, villages.get(v), RegisterScreening.DATE);
      DibaoRules dibao = DibaoRules.resolve(BOOK, villages.get(v), RegisterScreening.DATE);
      DibaoRules dibaoRaised = DibaoRules.resolve(raised, villages.get(v), RegisterScreening.DATE);
      for (int i = start[v]; i < start[v + 1]; i++) {
        poor += identification.isPoor(register.netIncomeFen(i), register.members(i), 0) ? 1 : 0;
        shipped += dibao.monthlyTopUpFen(register.netIncomeFen(i), register.members(i));
        reformed += dibaoRaised.monthlyTopUpFen(register.netIncomeFen(i), register.members(i));
      }
    }
    String all = text.toString().lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
    List<String> cells = List.of(all.trim().split(" +"));
    assertEquals(String.valueOf(HOUSEHOLDS), cells.get(1));
    assertEquals(String.valueOf(poor), cells.get(2));
    assertEquals(Money.ofFen(shipped).toString(), cells.get(5));
    assertEquals(Money.ofFen(reformed).toString(), cells.get(7));
    assertEquals(Money.ofFen(reformed - shipped).toString(), cells.get(8));
    // a higher standard never pays less: 190.00 → 209.00 yuan a month
    assertTrue(reformed > shipped);
    assertTrue(text.toString().contains("190.00 yuan a month as shipped, 209.00 raised"), text.toString());
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    RegisterScreening.run(BOOK, new PrintWriter(a), HOUSEHOLDS);
    RegisterScreening.run(BOOK, new PrintWriter(b), HOUSEHOLDS);
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void theReportIsTheSameUnderATurkishOrArabicLocaleAndAnyTimeZone() {
    StringWriter root = new StringWriter();
    RegisterScreening.run(BOOK, new PrintWriter(root), HOUSEHOLDS);
    java.util.Locale locale = java.util.Locale.getDefault();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      for (String tag : new String[] {"tr-TR", "ar-EG", "hi-IN-u-nu-deva"}) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        StringWriter other = new StringWriter();
        RegisterScreening.run(BOOK, new PrintWriter(other), HOUSEHOLDS);
        assertEquals(root.toString(), other.toString(), tag);
      }
    } finally {
      java.util.Locale.setDefault(locale);
      java.util.TimeZone.setDefault(zone);
    }
    // grouping by comma, whatever the locale: 20,000 households
    assertTrue(root.toString().contains("20,000 households"), root.toString());
  }
}
