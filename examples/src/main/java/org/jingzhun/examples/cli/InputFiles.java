package org.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;

/** 输入文件 — reads the files and standard input a command is given, as text or JSON. */
final class InputFiles {
  private final Environment environment;

  InputFiles(Environment environment) {
    this.environment = environment;
  }

  /**
   * The text of {@code file}, or of standard input when it is absent or {@code -}.
   *
   * @throws FileProblem if the file does not exist or cannot be read
   */
  String text(Optional<String> file) {
    if (file.isEmpty() || file.get().equals("-")) {
      try {
        return new String(environment.stdin().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new FileProblem("cannot read standard input: " + e.getMessage());
      }
    }
    return text(environment.resolve(file.get()), file.get());
  }

  /**
   * The text of the file at {@code path}, shown to the user as {@code name}.
   *
   * @throws FileProblem if it does not exist, is a directory or cannot be read
   */
  static String text(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new FileProblem("cannot read " + name + ": it is a directory, not a file");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new FileProblem("cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new FileProblem("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw new FileProblem("cannot read " + name + ": " + reason(e));
    }
  }

  /** What the operating system said, without Java's class names. */
  static String reason(IOException e) {
    return e.getMessage() == null ? "an input/output error" : e.getMessage().replace(e.getClass().getName() + ": ", "");
  }

  /**
   * The JSON document in {@code file} (or standard input).
   *
   * @throws FileProblem if it cannot be read
   * @throws UserMistake if it is empty
   * @throws ValidationException if it is not well-formed JSON
   */
  JsonNode json(Optional<String> file) {
    String text = text(file);
    if (text.isBlank()) {
      throw new UserMistake("the input " + file.filter(f -> !f.equals("-")).orElse("on standard input") + " is empty; give a JSON object");
    }
    return JingzhunJson.read(text, JsonNode.class);
  }

  /** Parameter files, read for a reform. */
  List<PolicyFile> policyFiles(List<String> names) {
    return names.stream().map(n -> new PolicyFile(n, text(environment.resolve(n), n))).toList();
  }
}
