package org.jingzhun.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jingzhun.examples.docs.ForeignTypes;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md lists every package the library modules export and every public type in it, with
 * the first line of its Javadoc: read from the sources, so the list cannot drift from the code.
 * Run with {@code -Djingzhun.api.write=true} to rewrite the list after changing the API.
 */
class ApiListingTest {
  private static final List<String> MODULES = List.of("core", "eligibility", "finance", "planning");
  private static final Pattern EXPORT = Pattern.compile("^\\s*exports ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern TYPE = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*public (?:final |abstract |sealed )*"
          + "(?:class|interface|enum|record|@interface) (\\w+)", Pattern.DOTALL);
  private static final Pattern DECLARED = Pattern.compile(
      "^public (?:final |abstract |sealed )*(?:class|interface|enum|record|@interface) \\w+", Pattern.MULTILINE);
  private static final String START = "<!-- the list below is generated: ApiListingTest -->";

  @Test
  void theApiListIsTheExportedPackagesAndTheirPublicTypes() throws IOException {
    Path doc = CliRun.repositoryRoot().resolve("docs/api.md");
    String text = Files.readString(doc);
    int start = text.indexOf(START);
    assertTrue(start >= 0, "docs/api.md has no line " + START);
    String expected = text.substring(0, start + START.length()) + "\n" + listing();
    if (Boolean.getBoolean("jingzhun.api.write")) {
      Files.writeString(doc, expected);
    }
    assertEquals(expected, text, "docs/api.md is out of date: run this test with -Djingzhun.api.write=true");
  }

  @Test
  void noPublicSignatureMentionsAGuavaOrJacksonType() throws Exception {
    List<String> found = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = CliRun.repositoryRoot().resolve(module + "/src/main/java");
      Matcher exports = EXPORT.matcher(Files.readString(sources.resolve("module-info.java")));
      while (exports.find()) {
        try (Stream<Path> files = Files.list(sources.resolve(exports.group(1).replace('.', '/')))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
            String name = exports.group(1) + "." + f.getFileName().toString().replace(".java", "");
            found.addAll(ForeignTypes.inSignaturesOf(Class.forName(name)));
          }
        }
      }
    }
    assertEquals(List.of(), found, "public signatures that mention a Guava or Jackson type");
  }

  /** A type that breaks the rule, to show the check sees it. */
  public static final class Leaky {
    /** {@return a Guava list} */
    public com.google.common.collect.ImmutableList<String> names() {
      return com.google.common.collect.ImmutableList.of();
    }
  }

  @Test
  void theCheckSeesAGuavaTypeInASignature() {
    assertEquals(List.of(Leaky.class.getName() + ".names: com.google.common.collect.ImmutableList<java.lang.String>"),
        ForeignTypes.inSignaturesOf(Leaky.class));
  }

  private static String listing() throws IOException {
    StringBuilder s = new StringBuilder();
    int packages = 0;
    int types = 0;
    StringBuilder body = new StringBuilder();
    for (String module : MODULES) {
      Path sources = CliRun.repositoryRoot().resolve(module + "/src/main/java");
      Matcher exports = EXPORT.matcher(Files.readString(sources.resolve("module-info.java")));
      body.append("\n## ").append(module).append("\n");
      while (exports.find()) {
        String pkg = exports.group(1);
        List<String> lines = types(sources.resolve(pkg.replace('.', '/')));
        packages++;
        types += lines.size();
        body.append("\n### `").append(pkg).append("` (").append(lines.size()).append(")\n\n");
        lines.forEach(l -> body.append("- ").append(l).append('\n'));
      }
    }
    s.append("\n").append(packages).append(" exported packages, ").append(types).append(" public types.\n").append(body);
    return s.toString();
  }

  private static List<String> types(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(f);
        Matcher m = TYPE.matcher(source);
        if (m.find()) {
          lines.add("`" + m.group(2) + "` — " + firstSentence(m.group(1)));
        } else {
          assertTrue(!DECLARED.matcher(source).find(), f + " declares a public type without Javadoc");
        }
      }
    }
    return lines;
  }

  private static String firstSentence(String javadoc) {
    String text = javadoc.lines().map(l -> l.strip().replaceFirst("^\\* ?", "")).takeWhile(l -> !l.startsWith("<p>") && !l.startsWith("@"))
        .reduce("", (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b).strip();
    text = text.replaceAll("\\{@(?:link|code|linkplain) ([^}]*)}", "$1").replaceAll("<[^>]+>", "");
    int stop = text.indexOf(". ");
    String first = stop > 0 ? text.substring(0, stop + 1) : text;
    return first.length() > 200 ? first.substring(0, 197) + "…" : first;
  }
}
