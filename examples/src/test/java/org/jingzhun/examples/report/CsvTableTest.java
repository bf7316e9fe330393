package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  private static final Table TABLE = Table.builder("spending", "项目 programme", "金额 amount (yuan)")
      .row("roads, bridges", "1200.50")
      .row("他说\"好\"", "0.01")
      .build();

  @Test
  void cellsWithCommasOrQuotesAreQuoted() {
    assertEquals("programme,amount_yuan\n\"roads, bridges\",1200.50\n\"他说\"\"好\"\"\",0.01\n", CsvTable.toCsv(TABLE));
  }

  @Test
  void filesForSpreadsheetsStartWithAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spending.csv");
    CsvTable.write(TABLE, file, true);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    assertEquals(CsvTable.toCsv(TABLE), text.substring(1));
  }

  @Test
  void filesForProgramsHaveNoByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spending.csv");
    CsvTable.write(TABLE, file, false);
    assertEquals(CsvTable.toCsv(TABLE), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void headersAreTheColumnsMachineNames() {
    assertEquals("poor_hh", Table.key("贫困户 poor hh"));
    assertEquals("incidence_percent", Table.key("发生率 incidence %"));
    assertEquals("spending_yuan", Table.key("支出合计 spending (yuan)"));
    assertEquals("y2015", Table.key("2015"));
  }

  @Test
  void keyedColumnsMustBeSnakeCase() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Table.keyed("t", "Poor Persons", "贫困人口"));
  }
}
