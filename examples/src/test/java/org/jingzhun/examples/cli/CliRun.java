package org.jingzhun.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.examples.calculation.Calculations;

/** Runs {@code jingzhun} in-process with captured streams, as the tests need it. */
public final class CliRun {
  /** What a run printed and its exit status. */
  public record Result(int status, String out, String err) {}

  private CliRun() {}

  /** The repository root (the parent of the examples module, where the tests run). */
  public static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples/cases")) ? here : here.getParent();
  }

  /** The shipped calculations over {@code book}, working in the repository root. */
  public static Environment environment(PolicyBook book) {
    return new Environment(() -> book, Calculations.shipped(), new ByteArrayInputStream(new byte[0]), repositoryRoot());
  }

  /** A book of one planted parameter file. */
  public static PolicyBook book(String yaml) {
    return PolicyBook.load(new PolicyFile("planted.yaml", yaml));
  }

  /** Runs with an empty book and no standard input. */
  public static Result run(String... args) {
    return run(environment(PolicyBook.load()), "", args);
  }

  /** Runs with {@code stdin} as standard input. */
  public static Result run(Environment environment, String stdin, String... args) {
    return run(environment, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with {@code stdin} as the bytes of standard input. */
  public static Result run(Environment environment, byte[] stdin, String... args) {
    Environment e = environment.withStdin(new ByteArrayInputStream(stdin));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Jingzhun.run(e, out, err, args);
    return new Result(status, out.toString(), err.toString());
  }
}
