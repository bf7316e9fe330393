package org.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.json.DocumentText;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * 输入文件 — reads the files and standard input a command is given, as text or JSON: at most
 * {@code --max-input} bytes, decoded strictly ({@code --encoding}, UTF-8 unless said; a byte-order
 * mark is skipped; bytes that are not text are refused with their offset).
 */
final class InputFiles {
  private final Environment environment;
  private final Charset encoding;
  private final long maxInput;

  /** Reads UTF-8 up to the default limit. */
  InputFiles(Environment environment) {
    this(environment, StandardCharsets.UTF_8, InputLimits.DEFAULT_MAX_INPUT_BYTES);
  }

  /** Reads a JSON document as {@code options} say. */
  InputFiles(Environment environment, InputOptions options) {
    this(environment, options.encoding, options.forDocument());
  }

  /** Reads a stream (a register) as {@code options} say. */
  static InputFiles streaming(Environment environment, InputOptions options) {
    return new InputFiles(environment, options.encoding, options.forStream());
  }

  private InputFiles(Environment environment, Charset encoding, long maxInput) {
    this.environment = environment;
    this.encoding = encoding;
    this.maxInput = maxInput;
  }

  /**
   * The text of {@code file}, or of standard input when it is absent or {@code -}.
   *
   * @throws FileProblem if the file does not exist or cannot be read
   * @throws UserMistake if it is larger than the limit
   * @throws ValidationException if its bytes are not text in the encoding
   */
  String text(Optional<String> file) {
    String name = shown(file);
    return decode(bytes(file, name), encoding, name);
  }

  /**
   * A stream of {@code file} (or standard input), bounded by the limit, for reading as it comes.
   *
   * @throws FileProblem if the file does not exist or cannot be opened
   */
  InputStream stream(Optional<String> file) {
    String name = shown(file);
    if (isStdin(file)) {
      return new BoundedInput(environment.stdin(), maxInput, name);
    }
    Path path = readable(environment.resolve(file.get()), name);
    try {
      return new BoundedInput(Files.newInputStream(path), maxInput, name);
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  /** The encoding the input is read in. */
  Charset encoding() {
    return encoding;
  }

  private byte[] bytes(Optional<String> file, String name) {
    try (InputStream in = stream(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  /**
   * The UTF-8 text of the file at {@code path}, shown to the user as {@code name}, at most the
   * default limit.
   *
   * @throws FileProblem if it does not exist, is a directory or cannot be read
   */
  static String text(Path path, String name) {
    readable(path, name);
    try (InputStream in = new BoundedInput(Files.newInputStream(path), InputLimits.DEFAULT_MAX_INPUT_BYTES, name)) {
      return decode(in.readAllBytes(), StandardCharsets.UTF_8, name);
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  private static Path readable(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new FileProblem("cannot read " + name + ": it is a directory, not a file");
    }
    return path;
  }

  private static String decode(byte[] bytes, Charset encoding, String name) {
    try {
      return DocumentText.decode(bytes, encoding);
    } catch (ValidationException e) {
      throw ValidationException.of("", "", "the input " + name + ": " + e.violations().get(0).message()
          + " with --encoding (GB18030 covers GBK)");
    }
  }

  private static FileProblem cannotRead(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new FileProblem("cannot read " + name + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new FileProblem("cannot read " + name + ": permission denied");
    }
    return new FileProblem("cannot read " + name + ": " + reason(e));
  }

  /** What the operating system said, without Java's class names. */
  static String reason(IOException e) {
    return e.getMessage() == null ? "an input/output error" : e.getMessage().replace(e.getClass().getName() + ": ", "");
  }

  private static boolean isStdin(Optional<String> file) {
    return file.isEmpty() || file.get().equals("-");
  }

  private static String shown(Optional<String> file) {
    return isStdin(file) ? "on standard input" : file.get();
  }

  /**
   * The JSON document in {@code file} (or standard input).
   *
   * @throws FileProblem if it cannot be read
   * @throws UserMistake if it is empty or larger than the limit
   * @throws ValidationException if it is not well-formed JSON in the encoding
   */
  JsonNode json(Optional<String> file) {
    String text = text(file);
    if (text.isBlank()) {
      throw new UserMistake("the input " + shown(file) + " is empty; give a JSON object");
    }
    return JingzhunJson.read(text, JsonNode.class);
  }

  /** Parameter files, read for a reform. */
  List<PolicyFile> policyFiles(List<String> names) {
    return names.stream().map(n -> new PolicyFile(n, text(environment.resolve(n), n))).toList();
  }
}
