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

  private static String streamed(byte[] bytes, Charset charset) throws java.io.IOException {
    return readAll(DocumentText.reader(new java.io.ByteArrayInputStream(bytes), charset));
  }

  @Test
  void theStreamingReaderReadsStreamsShorterThanAByteOrderMark() throws java.io.IOException {
    // the reader looks at the first three bytes for a mark: streams of 0, 1 and 2 bytes are text as they are
    assertEquals("", streamed(new byte[0], StandardCharsets.UTF_8));
    assertEquals("{", streamed(new byte[] {'{'}, StandardCharsets.UTF_8));
    assertEquals("{}", streamed(new byte[] {'{', '}'}, StandardCharsets.UTF_8));
    assertEquals("abc", streamed(new byte[] {'a', 'b', 'c'}, StandardCharsets.UTF_8));
  }

  @Test
  void aStreamOfOnlyAByteOrderMarkIsEmptyInEveryEncoding() throws java.io.IOException {
    assertEquals("", streamed(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
    Charset gb18030 = Charset.forName("GB18030");
    assertEquals("", streamed("\uFEFF".getBytes(gb18030), gb18030));
    // GB18030's mark (0x84 0x31 0x95 0x33) is dropped as the first character, and only then
    assertEquals("户主\uFEFF", streamed("\uFEFF户主\uFEFF".getBytes(gb18030), gb18030));
  }

  @Test
  void aBadByteAfterAByteOrderMarkIsAtItsOffsetInTheStream() {
    // the mark is bytes 0–2, 'a' byte 3, 0xFF byte 4
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
    ValidationException e = assertThrows(ValidationException.class, () -> streamed(bytes, StandardCharsets.UTF_8));
    assertTrue(e.violations().get(0).message().startsWith("the bytes at offset 4 (line 1: 0xFF)"), e.getMessage());
    // half a mark is not one: 0xEF 0xBB then 'x' is not UTF-8, at offset 0
    ValidationException half = assertThrows(ValidationException.class,
        () -> streamed(new byte[] {(byte) 0xEF, (byte) 0xBB, 'x'}, StandardCharsets.UTF_8));
    assertTrue(half.violations().get(0).message().startsWith("the bytes at offset 0 (line 1: 0xEF"), half.getMessage());
  }
}
