package org.jingzhun.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jingzhun.core.validation.ValidationException;

/**
 * 文档文本 — the bytes of a document as text, strictly: bytes that are not text in the encoding
 * (Latin-1 bytes read as UTF-8, a cut multi-byte character) are refused with their byte offset and
 * line, never replaced. A leading byte-order mark is skipped. UTF-8 is the default everywhere;
 * agency exports in GBK are read as GB18030, which covers GBK.
 */
public final class DocumentText {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private DocumentText() {}

  /**
   * {@return {@code bytes} decoded as UTF-8}
   *
   * @param bytes the document's bytes, in UTF-8
   * @throws ValidationException naming the offset of the first bytes that are not UTF-8
   */
  public static String utf8(byte[] bytes) {
    return decode(bytes, StandardCharsets.UTF_8);
  }

  /**
   * {@return {@code bytes} decoded as {@code charset}, a leading byte-order mark skipped}
   *
   * @param bytes the document's bytes
   * @param charset the document's encoding
   * @throws ValidationException naming the offset and line of the first bytes that are not text
   *     in {@code charset}
   */
  public static String decode(byte[] bytes, Charset charset) {
    int start = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    checkDecodes(decoder, bytes, start, charset);
    String text = new String(bytes, start, bytes.length - start, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Decodes {@code bytes} a chunk at a time, only to find the first bytes that are not text. */
  private static void checkDecodes(CharsetDecoder decoder, byte[] bytes, int start, Charset charset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer chunk = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      chunk.clear();
      result = decoder.decode(in, chunk, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      do {
        chunk.clear();
        result = decoder.flush(chunk);
      } while (result.isOverflow());
    }
    if (result.isError()) {
      throw notText(bytes, in.position(), result.length(), charset);
    }
  }

  /**
   * {@return a reader of the text in {@code bytes}, decoded as it is read, strictly: its
   * {@code read} throws a {@link ValidationException} naming the offset and line of the first bytes
   * that are not text in {@code charset}} A leading byte-order mark is skipped. For inputs too
   * large to hold (a register of millions of rows).
   *
   * @param bytes the document's bytes
   * @param charset the document's encoding
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Reader reader(InputStream bytes, Charset charset) {
    try {
      return new StrictDecodingReader(bytes, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ValidationException notText(byte[] bytes, int offset, int length, Charset charset) {
    byte[] shown = java.util.Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + Math.max(1, length)));
    return notText(offset, line(bytes, offset), shown, charset);
  }

  /** The refusal of the bytes {@code shown} at {@code offset}, on {@code line}, that are not text in {@code charset}. */
  static ValidationException notText(long offset, long line, byte[] shown, Charset charset) {
    StringBuilder hex = new StringBuilder();
    for (byte b : shown) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b & 0xFF));
    }
    return ValidationException.of("", "", "the bytes at offset " + offset + " (line " + line + ": " + hex
        + ") are not " + charset.name() + " text; save the file as " + charset.name() + " or give its encoding");
  }

  private static long line(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
