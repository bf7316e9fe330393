package org.jingzhun.web.internal;

import java.nio.charset.StandardCharsets;

/**
 * 应答 — an HTTP answer: its status, media type and body.
 *
 * @param status the HTTP status
 * @param contentType the media type, with its charset where it is text
 * @param body the bytes sent
 */
public record Reply(int status, String contentType, byte[] body) {
  /** JSON in UTF-8. */
  public static final String JSON = "application/json; charset=utf-8";
  /** A problem (RFC 9457) in UTF-8. */
  public static final String PROBLEM = "application/problem+json; charset=utf-8";
  /** Plain text in UTF-8. */
  public static final String TEXT = "text/plain; charset=utf-8";

  /**
   * {@return 200 with {@code json}}
   *
   * @param json the JSON text
   */
  public static Reply json(String json) {
    return new Reply(200, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return 200 with {@code text} as plain text}
   *
   * @param text the text
   */
  public static Reply text(String text) {
    return new Reply(200, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }
}
