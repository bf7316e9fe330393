package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.Test;

class EncodingTest {
  private static final Environment EMPTY = CliRun.environment(PolicyBook.load());
  private static final String SPLIT = "{\"amount\": \"1.00\", \"ratio\": \"1:1\", \"parties\": [\"基金\", \"银行\"]}";

  private static String sampleRegister() throws IOException {
    return Files.readString(CliRun.repositoryRoot().resolve("examples/registers/sample-register.csv"));
  }

  @Test
  void latinOneBytesAreRefusedWithTheirOffsetNotReplaced() {
    // "é" in Latin-1 is the single byte 0xE9, which cannot start a UTF-8 character; the 44 bytes before it are ASCII
    byte[] latin1 = "{\"amount\": \"1.00\", \"ratio\": \"1:1\", \"x\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1);
    CliRun.Result r = CliRun.run(EMPTY, latin1, "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("$: the input on standard input: the bytes at offset 44 (line 1: 0xE9) are not UTF-8 text"), r.err());
    assertTrue(r.err().contains("--encoding (GB18030 covers GBK)"), r.err());
  }

  @Test
  void aCutMultiByteCharacterAtTheEndIsRefused() {
    byte[] whole = SPLIT.getBytes(StandardCharsets.UTF_8);
    int before = SPLIT.substring(0, SPLIT.indexOf("银")).getBytes(StandardCharsets.UTF_8).length;
    byte[] cut = java.util.Arrays.copyOf(whole, before + 1); // up to the first of the three bytes of 银
    CliRun.Result r = CliRun.run(EMPTY, cut, "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the bytes at offset " + before + " (line 1: 0xE9) are not UTF-8 text"), r.err());
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    byte[] bom = ("\uFEFF" + SPLIT).getBytes(StandardCharsets.UTF_8);
    CliRun.Result r = CliRun.run(EMPTY, bom, "money-allocation", "--date", "2019-06-01");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\"party\" : \"基金\""), r.out());
  }

  @Test
  void aGbkRegisterIsReadWithEncodingGb18030AsItsUtf8Twin() throws IOException {
    String register = sampleRegister();
    assertTrue(register.chars().anyMatch(c -> c > 0x4e00), "the sample register has Chinese labels");
    byte[] gbk = register.getBytes(Charset.forName("GBK"));
    CliRun.Result utf8 = CliRun.run(EMPTY, register, "import-register");
    CliRun.Result asGbk = CliRun.run(EMPTY, gbk, "import-register", "--encoding", "GB18030");
    assertEquals(0, asGbk.status(), asGbk.err());
    assertEquals(utf8.out(), asGbk.out());
    CliRun.Result misread = CliRun.run(EMPTY, gbk, "import-register");
    assertEquals(2, misread.status());
    assertEquals("", misread.out());
    assertTrue(misread.err().contains("are not UTF-8 text"), misread.err());
  }

  @Test
  void anUnknownEncodingIsABadOption() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01", "--encoding", "KLINGON-8");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'KLINGON-8' is not an encoding; use UTF-8 or GB18030"), r.err());
  }

  @Test
  void anInputLargerThanMaxInputIsRefusedBeforeItIsParsed() {
    String big = "{\"amount\": \"1.00\", \"ratio\": \"1:1\", \"parties\": [\"" + "a".repeat(2000) + "\", \"b\"]}";
    CliRun.Result r = CliRun.run(EMPTY, big, "money-allocation", "--date", "2019-06-01", "--max-input", "1000");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("the input on standard input is larger than 1000 bytes, the most that --max-input lets"), r.err());
  }

  @Test
  void readingAnEndlessDeviceStopsAtTheLimit() {
    CliRun.Result r = CliRun.run(EMPTY, "", "money-allocation", "--date", "2019-06-01", "--max-input", "1MiB", "/dev/zero");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the input /dev/zero is larger than 1 MiB"), r.err());
  }

  @Test
  void aBadMaxInputIsABadOption() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01", "--max-input", "lots");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'lots' is not a size such as 64MiB"), r.err());
  }
}
