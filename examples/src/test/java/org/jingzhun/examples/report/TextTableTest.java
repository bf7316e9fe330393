package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsAlignWithChineseCountedAsTwoColumns() {
    Table t = Table.builder("", "村", "persons").row("大和乡", "12").row("x", "3").build();
    // 大和乡 is 3 wide characters = 6 columns, wider than the header 村 (2)
    assertEquals("""
        村      persons
        ------  -------
        大和乡  12
        x       3
        """, TextTable.render(t));
  }

  @Test
  void aRowOfTheWrongLengthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Table.builder("t", "a", "b").row("only one"));
  }
}
