package org.jingzhun.examples.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 图表文字 — chart text as this machine can draw it. Titles and labels are bilingual
 * ("贫困人口 poor persons"); a machine without a font that has Chinese glyphs (a fresh server
 * often has none) would draw the Chinese as empty boxes, so there the Chinese is left out and
 * the English kept. Where such a font exists it is used for every text of the chart.
 */
final class ChartText {
  /** Han characters and CJK punctuation, with the spaces around them. */
  private static final Pattern CHINESE = Pattern.compile("\\s*[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+\\s*");
  private static final Optional<String> CJK_FAMILY = cjkFamily();

  private ChartText() {}

  /** The family of a font that can draw Chinese, if this machine has one. */
  static Optional<String> chineseFontFamily() {
    return CJK_FAMILY;
  }

  /** {@code text} as it can be drawn here: unchanged, or with its Chinese left out. */
  static String drawable(String text) {
    if (CJK_FAMILY.isPresent()) {
      return text;
    }
    String latin = CHINESE.matcher(text).replaceAll(" ").strip();
    return latin.isEmpty() ? text : latin;
  }

  private static Optional<String> cjkFamily() {
    Font[] fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
    return Arrays.stream(fonts)
        .filter(f -> f.canDisplayUpTo("贫困人口") == -1)
        .map(Font::getFamily)
        .sorted()
        .findFirst();
  }
}
