package org.jingzhun.examples.report;

/** HTML 转义 — text made safe to put in an HTML page, between tags or in a quoted attribute. */
final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} written as character references. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
