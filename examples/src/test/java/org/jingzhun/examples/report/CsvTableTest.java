package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  private static final Table TABLE = Table.builder("spending", "programme", "amount")
      .row("roads, bridges", "1200.50")
      .row("他说\"好\"", "0.01")
      .build();

  @Test
  void cellsWithCommasOrQuotesAreQuoted() {
    assertEquals("programme,amount\n\"roads, bridges\",1200.50\n\"他说\"\"好\"\"\",0.01\n", CsvTable.toCsv(TABLE));
  }

  @Test
  void filesAreUtf8WithAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spending.csv");
    CsvTable.write(TABLE, file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    assertEquals(CsvTable.toCsv(TABLE), text.substring(1));
  }
}
