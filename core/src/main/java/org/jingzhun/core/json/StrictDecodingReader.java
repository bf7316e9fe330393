package org.jingzhun.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from a stream of bytes as it comes, decoded strictly: the first bytes that are not text in
 * the encoding stop the reading with a {@link org.jingzhun.core.validation.ValidationException}
 * naming their offset in the stream and their line; a leading byte-order mark is skipped. Holds
 * one buffer of bytes, whatever the length of the stream.
 */
final class StrictDecodingReader extends Reader {
  private static final int BUFFER = 1 << 16;
  private final PushbackInputStream in;
  private final CharsetDecoder decoder;
  private final Charset charset;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  /** The offset in the stream of {@code bytes}' first byte, and the line it is on. */
  private long base;
  private long line = 1;
  private boolean ended;
  private boolean first = true;

  StrictDecodingReader(InputStream in, Charset charset) throws IOException {
    this.in = new PushbackInputStream(in, 3);
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    if (charset.equals(StandardCharsets.UTF_8)) {
      skipBom();
    }
  }

  private void skipBom() throws IOException {
    byte[] head = this.in.readNBytes(3);
    if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      base = 3;
    } else {
      this.in.unread(head);
    }
  }

  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    int count = decode(chars, offset, length);
    if (first && count > 0) {
      first = false;
      if (chars[offset] == '\uFEFF') { // a byte-order mark in an encoding other than UTF-8
        System.arraycopy(chars, offset + 1, chars, offset, count - 1);
        return count == 1 ? read(chars, offset, length) : count - 1;
      }
    }
    return count;
  }

  /** Decodes into {@code chars} at least one character, or returns -1 at the end. */
  private int decode(char[] chars, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(chars, offset, length);
    while (out.position() == offset) {
      CoderResult result = decoder.decode(bytes, out, ended);
      if (result.isError()) {
        throw notText(result.length());
      }
      if (result.isOverflow()) {
        break;
      }
      if (ended) {
        decoder.flush(out);
        return out.position() == offset ? -1 : out.position() - offset;
      }
      refill();
    }
    return out.position() - offset;
  }

  private void refill() throws IOException {
    for (int i = 0; i < bytes.position(); i++) {
      line += bytes.get(i) == '\n' ? 1 : 0;
    }
    base += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      ended = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private RuntimeException notText(int length) {
    long lineAt = line;
    for (int i = 0; i < bytes.position(); i++) {
      lineAt += bytes.get(i) == '\n' ? 1 : 0;
    }
    int at = bytes.position();
    byte[] shown = new byte[Math.min(Math.max(1, length), bytes.limit() - at)];
    bytes.get(at, shown);
    return DocumentText.notText(base + at, lineAt, shown, charset);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
