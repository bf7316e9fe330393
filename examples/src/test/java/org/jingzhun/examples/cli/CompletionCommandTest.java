package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script that {@code jingzhun completion} prints, loaded into a real bash (and
 * zsh, where installed) and asked for completions as the shell asks when Tab is pressed.
 */
class CompletionCommandTest {
  @TempDir
  Path dir;

  private Path script;

  @BeforeEach
  void printTheScript() throws IOException {
    CliRun.Result r = CliRun.run("completion");
    assertEquals(0, r.status(), r.err());
    script = Files.writeString(dir.resolve("jingzhun-completion.sh"), r.out());
  }

  @Test
  void theScriptHasAFunctionForEverySubcommand() throws IOException {
    String text = Files.readString(script);
    for (String name : Jingzhun.commandLine(CliRun.environment(PolicyBook.load())).getSubcommands().keySet()) {
      assertTrue(text.contains("function _picocli_jingzhun_" + name.replace("-", "") + "()"), name);
    }
    assertTrue(text.contains("complete -F _complete_jingzhun -o default jingzhun"), "registers for jingzhun");
  }

  @Test
  void bashCompletesASubcommandFromItsFirstLetters() throws Exception {
    assertEquals(List.of("check"), complete("bash", "jingzhun", "che"));
  }

  @Test
  void bashCompletesAnOptionOfTheSubcommand() throws Exception {
    assertEquals(List.of("--junit-xml"), complete("bash", "jingzhun", "check", "--ju"));
  }

  @Test
  void bashCompletesTheValuesOfAnEnumOption() throws Exception {
    assertEquals(List.of("TABLE", "CSV", "JSON"), complete("bash", "jingzhun", "params", "--format", ""));
  }

  @Test
  void zshOffersTheOptionsOfTheSubcommand() throws Exception {
    // zsh runs the same script through bashcompinit; zsh itself filters by the prefix typed
    assertTrue(complete("zsh", "jingzhun", "check", "--ju").contains("--junit-xml"));
  }

  /**
   * What the script offers for the last of {@code words}, as the shell would: the script
   * sourced, the words of the command line set, and the completion function called.
   */
  private List<String> complete(String shell, String... words) throws Exception {
    assumeTrue(installed(shell), shell + " is not installed");
    String line = String.join(" ", words);
    String prelude = shell.equals("zsh")
        ? "autoload -U +X compinit && compinit -u\nautoload -U +X bashcompinit && bashcompinit\n"
        : "";
    String after = shell.equals("zsh") ? "emulate -L sh\nsetopt kshglob noshglob braceexpand\n" : "";
    String test = prelude + "source '" + script + "'\n" + after
        + "COMP_LINE='" + line + "'\nCOMP_WORDS=(" + quoted(words) + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_jingzhun jingzhun '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Path file = Files.writeString(dir.resolve("complete." + shell), test);
    Process p = new ProcessBuilder(shell.equals("zsh") ? List.of("zsh", "-f", file.toString()) : List.of("bash", file.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), shell + " did not finish");
    return out.lines().filter(s -> !s.isEmpty()).toList();
  }

  private static String quoted(String... words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.length() == 0 ? "" : " ").append('\'').append(w).append('\'');
    }
    return b.toString();
  }

  private static boolean installed(String shell) {
    try {
      return new ProcessBuilder(shell, "-c", "exit 0").start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
