package org.jingzhun.web.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/**
 * 访问日志 — one JSON line a request: {@code time}, {@code method}, {@code route} (the route's
 * pattern, such as {@code /parameters/{name}}, never the path as sent, which could hold anything),
 * {@code status}, {@code ms}, {@code bytes} sent, and the names of the query parameters given.
 * No body, no query value, no header, no address: nothing personal is written.
 */
final class AccessLog {
  private AccessLog() {}

  static String line(String method, String route, int status, float ms, long bytes, Collection<String> queryNames) {
    StringBuilder line = new StringBuilder(160)
        .append("{\"time\":\"").append(Instant.now()).append('"')
        .append(",\"method\":\"").append(isWord(method, 10, true) ? method : "?").append('"')
        .append(",\"route\":\"").append(route).append('"')
        .append(",\"status\":").append(status)
        .append(",\"ms\":").append(Math.round(ms * 1000) / 1000.0)
        .append(",\"bytes\":").append(bytes)
        .append(",\"query\":[");
    boolean first = true;
    for (String name : new TreeSet<>(queryNames)) {
      if (isWord(name, 32, false)) { // a name a route declares; anything else is not repeated
        line.append(first ? "" : ",").append('"').append(name).append('"');
        first = false;
      }
    }
    return line.append("]}").toString();
  }

  /** Whether {@code text} is 1 to {@code most} ASCII letters (capitals only if {@code upper}). */
  private static boolean isWord(String text, int most, boolean upper) {
    if (text.isEmpty() || text.length() > most) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && (upper || !(c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }
}
