package org.jingzhun.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.cli.Jingzhun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs every example of docs/cli.md in-process and compares its output with the block below
 * it: a {@code sh} block holds one {@code ./jingzhun …} command (standard input from a
 * {@code <<'END'} here-document or {@code < FILE}; {@code ; echo "exit status $?"} appends
 * the status), and the next {@code json} or {@code text} block is its output.
 */
class CliDocumentationTest {
  private static final Path DOC = CliRun.repositoryRoot().resolve("docs/cli.md");
  private static final Pattern EXAMPLE = Pattern.compile("```sh\n(.*?)```\n\n```(json|text)\n(.*?)```", Pattern.DOTALL);
  private static final String ECHO_STATUS = "; echo \"exit status $?\"";

  private record Example(String command, String language, String expected) {}

  private static List<Example> examples() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(DOC));
    List<Example> examples = new ArrayList<>();
    while (m.find()) {
      examples.add(new Example(m.group(1), m.group(2), m.group(3)));
    }
    return examples;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleGivesTheDocumentedOutput() throws IOException {
    List<Example> examples = examples();
    assertTrue(examples.size() >= 10, "examples found: " + examples.size());
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.command().lines().findFirst().orElseThrow(), () -> run(e)));
  }

  /**
   * With {@code -Djingzhun.cli.write=true}, rewrites every example's output block in docs/cli.md
   * with what its command gives now (then read the diff: each change must be one you meant).
   */
  @Test
  @EnabledIfSystemProperty(named = "jingzhun.cli.write", matches = "true")
  void rewriteTheDocumentedOutputs() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(DOC));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Example e = new Example(m.group(1), m.group(2), m.group(3));
      m.appendReplacement(out, Matcher.quoteReplacement(
          "```sh\n" + e.command() + "```\n\n```" + e.language() + "\n" + output(e).text() + "```"));
    }
    m.appendTail(out);
    Files.writeString(DOC, out.toString());
  }

  /** What an example's command printed (standard output, then standard error, then its status if asked), and its status. */
  private record Output(String text, int status, String err) {}

  private static void run(Example e) throws IOException {
    Output o = output(e);
    if (!e.command().lines().findFirst().orElseThrow().endsWith(ECHO_STATUS)) {
      assertEquals(0, o.status(), o.err());
    }
    if (e.language().equals("json")) {
      assertEquals(JingzhunJson.read(e.expected(), JsonNode.class), JingzhunJson.read(o.text(), JsonNode.class), o.text());
    } else {
      assertEquals(e.expected(), o.text());
    }
  }

  private static Output output(Example e) throws IOException {
    List<String> lines = e.command().lines().toList();
    String line = lines.get(0);
    boolean echoStatus = line.endsWith(ECHO_STATUS);
    line = echoStatus ? line.substring(0, line.length() - ECHO_STATUS.length()) : line;
    String stdin = "";
    if (line.endsWith(" <<'END'")) {
      line = line.substring(0, line.length() - " <<'END'".length());
      stdin = String.join("\n", lines.subList(1, lines.indexOf("END"))) + "\n";
    } else if (line.contains(" < ")) {
      stdin = Files.readString(CliRun.repositoryRoot().resolve(line.substring(line.indexOf(" < ") + 3).strip()));
      line = line.substring(0, line.indexOf(" < "));
    }
    assertTrue(line.startsWith("./jingzhun"), line);
    String[] args = Arrays.stream(line.substring("./jingzhun".length()).strip().split(" +"))
        .filter(a -> !a.isEmpty()).toArray(String[]::new);
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), stdin, args);
    return new Output(r.out() + r.err() + (echoStatus ? "exit status " + r.status() + "\n" : ""), r.status(), r.err());
  }

  @Test
  void everySubcommandHasASectionWithAnExample() throws IOException {
    String doc = Files.readString(DOC);
    List<Example> examples = examples();
    for (String name : Jingzhun.commandLine(CliRun.environment(PolicyBook.load())).getSubcommands().keySet()) {
      assertTrue(doc.contains("\n## `" + name + "`") || doc.contains("\n### `" + name + "`"), "docs/cli.md has no section for " + name);
      assertFalse(examples.stream().noneMatch(e -> e.command().startsWith("./jingzhun " + name + " ")
          || e.command().startsWith("./jingzhun " + name + ";")), "docs/cli.md has no example of " + name);
    }
  }
}
