package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyResources;
import org.junit.jupiter.api.Test;

class VersionTest {
  private static final String ONE_PARAMETER = """
      sources:
        s: {issuer: 国务院扶贫办, title: planted source, confidence: DOCUMENT}
      parameters:
        poverty.line.planted:
          unit: YUAN_PER_PERSON_YEAR
          description: {zh: 种植的贫困线, en: planted poverty line}
          values:
            "000000":
              - {from: 2019-01-01, value: 3218, source: s}
      """;

  /** A provider of planted files, named and in the given order. */
  private record Planted(Map<String, String> texts, List<String> files) implements PolicyResources {
    @Override
    public InputStream open(String file) {
      return new ByteArrayInputStream(texts.get(file).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static PolicyBookVersion version(String name, String text) {
    return PolicyBookVersion.of(List.of(new Planted(Map.of(name, text), List.of(name))));
  }

  @Test
  void versionPrintsTheVersionInThePomAndTheShippedBook() throws IOException {
    CliRun.Result r = CliRun.run("--version");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("jingzhun " + pomVersion(), lines.get(0));
    Iterable<PolicyResources> shipped = ServiceLoader.load(PolicyResources.class);
    long files = StreamSupport.stream(shipped.spliterator(), false).mapToLong(p -> p.files().size()).sum();
    Matcher book = Pattern.compile("policy book sha256:[0-9a-f]{12}, (\\d+) parameters in (\\d+) files").matcher(lines.get(1));
    assertTrue(book.matches(), lines.get(1));
    assertEquals(PolicyBook.shipped().parameters().size(), Integer.parseInt(book.group(1)));
    assertEquals(files, Long.parseLong(book.group(2)));
  }

  @Test
  void theSameFilesGiveTheSameVersion() {
    assertEquals(version("a.yaml", ONE_PARAMETER), version("a.yaml", ONE_PARAMETER));
    assertEquals(1, version("a.yaml", ONE_PARAMETER).parameters());
  }

  @Test
  void oneChangedCharacterChangesTheHash() {
    assertNotEquals(version("a.yaml", ONE_PARAMETER).sha256(),
        version("a.yaml", ONE_PARAMETER.replace("3218", "3219")).sha256());
  }

  @Test
  void aRenamedFileChangesTheHash() {
    assertNotEquals(version("a.yaml", ONE_PARAMETER).sha256(), version("b.yaml", ONE_PARAMETER).sha256());
  }

  /** The version in bom/pom.xml, which every module inherits. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(CliRun.repositoryRoot().resolve("bom/pom.xml"));
    Matcher m = Pattern.compile("<artifactId>jingzhun-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(m.find(), "no version in bom/pom.xml");
    return m.group(1);
  }
}
