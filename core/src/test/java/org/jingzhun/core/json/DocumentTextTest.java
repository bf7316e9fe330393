package org.jingzhun.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

  @Test
  void aByteOrderMarkIsSkipped() {
    assertEquals("{}", DocumentText.utf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
  }

  @Test
  void malformedBytesAreRefusedWithTheirOffsetAndLine() {
    // line 1 is "{" and a newline (2 bytes); 0xFF can never appear in UTF-8
    ValidationException e = assertThrows(ValidationException.class,
        () -> DocumentText.utf8(new byte[] {'{', '\n', '"', (byte) 0xFF, '"', '}'}));
    assertEquals("the bytes at offset 3 (line 2: 0xFF) are not UTF-8 text; save the file as UTF-8 or give its encoding",
        e.violations().get(0).message());
  }

  @Test
  void gb18030ReadsGbkText() {
    String text = "户主,一般贫困户";
    assertEquals(text, DocumentText.decode(text.getBytes(Charset.forName("GBK")), Charset.forName("GB18030")));
  }

  @Test
  void gbkBytesAreNotUtf8() {
    byte[] gbk = "户主".getBytes(Charset.forName("GBK"));
    ValidationException e = assertThrows(ValidationException.class, () -> DocumentText.utf8(gbk));
    assertTrue(e.violations().get(0).message().startsWith("the bytes at offset 0 (line 1: 0xBB"), e.getMessage());
  }

  @Test
  void readingAStreamIsStrictToo() {
    byte[] latin1 = "{\"wages\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(ValidationException.class, () -> JingzhunJson.read(new java.io.ByteArrayInputStream(latin1),
        org.jingzhun.core.household.Income.class));
  }

  private static String readAll(java.io.Reader reader) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[777]; // not a divisor of the reader's byte buffer
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @Test
  void theStreamingReaderDecodesCharactersAcrossItsBuffersAndSkipsTheByteOrderMark() throws java.io.IOException {
    String text = "户主,一般贫困户\n".repeat(20_000); // about 400 KB of three-byte characters
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertEquals(text, readAll(DocumentText.reader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
    byte[] gbk = text.getBytes(Charset.forName("GBK"));
    assertEquals(text, readAll(DocumentText.reader(new java.io.ByteArrayInputStream(gbk), Charset.forName("GB18030"))));
  }

  @Test
  void theStreamingReaderNamesTheOffsetAndLineOfABadByteFarIntoTheStream() {
    byte[] bytes = ("a,b\n".repeat(50_000) + "x").getBytes(StandardCharsets.US_ASCII);
    bytes[bytes.length - 1] = (byte) 0xFF; // at offset 200,000, on line 50,001
    ValidationException e = assertThrows(ValidationException.class,
        () -> readAll(DocumentText.reader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
    assertTrue(e.violations().get(0).message().startsWith("the bytes at offset 200000 (line 50001: 0xFF)"), e.getMessage());
  }
}
