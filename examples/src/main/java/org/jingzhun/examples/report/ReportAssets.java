package org.jingzhun.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * 报告资源 — what {@link HtmlReport} inlines into every page: its style sheet and script (files
 * beside this class) and the chart library, Apache ECharts, from its web jar (the version the
 * build resolved, read from the jar's own Maven properties). Read once.
 */
final class ReportAssets {
  private static final String WEBJAR = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static final String STYLE = read("report.css");
  private static final String SCRIPT = read("report.js");
  private static final String VERSION = version();
  private static final String LIBRARY = library();
  private static final String NOTICE = read(webjar("NOTICE")).strip();

  private ReportAssets() {}

  /** {@return the page's style sheet} */
  static String style() {
    return STYLE;
  }

  /** {@return the page's own script: draws the charts, sorts the tables} */
  static String script() {
    return SCRIPT;
  }

  /** {@return the chart library's minified script} */
  static String chartLibrary() {
    return LIBRARY;
  }

  /** {@return the chart library's NOTICE (Apache License 2.0), which travels with every copy of it} */
  static String chartLibraryNotice() {
    return NOTICE;
  }

  /** {@return the chart library's version} */
  static String chartLibraryVersion() {
    return VERSION;
  }

  private static String version() {
    Properties webjar = new Properties();
    try (InputStream in = resource(WEBJAR)) {
      webjar.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return webjar.getProperty("version");
  }

  private static String webjar(String file) {
    return "/META-INF/resources/webjars/echarts/" + VERSION + "/" + file;
  }

  private static String library() {
    String script = read(webjar("dist/echarts.min.js"));
    if (script.toLowerCase(Locale.ROOT).contains("</script")) {
      throw new IllegalStateException("the chart library's script contains '</script' and cannot be inlined");
    }
    return script;
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ReportAssets.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the program is incomplete: its resource " + name + " is missing");
    }
    return in;
  }
}
