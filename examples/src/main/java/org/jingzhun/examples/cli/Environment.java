package org.jingzhun.examples.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculations;

/**
 * 运行环境 — what the program reads besides its arguments: the policy book it starts from, the
 * calculations it offers, standard input, and the directory relative file names are resolved
 * against. Tests plant their own; {@link #standard()} is the real one.
 *
 * @param book the book that {@code --policy} files reform; loaded only when a command needs it
 * @param calculations the calculations offered as subcommands and to case files
 * @param stdin where input is read when no file is named or the file is {@code -}
 * @param workingDirectory where relative file names are resolved
 */
public record Environment(
    Supplier<PolicyBook> book, Calculations calculations, InputStream stdin, Path workingDirectory) {

  /** The shipped book and calculations, the process's standard input and working directory. */
  public static Environment standard() {
    return new Environment(PolicyBook::shipped, Calculations.shipped(), System.in, Path.of("").toAbsolutePath());
  }

  /** The same environment with another book. */
  public Environment withBook(Supplier<PolicyBook> other) {
    return new Environment(other, calculations, stdin, workingDirectory);
  }

  /** The same environment reading {@code other} as standard input. */
  public Environment withStdin(InputStream other) {
    return new Environment(book, calculations, other, workingDirectory);
  }

  /** {@code name} resolved against the working directory. */
  public Path resolve(String name) {
    return workingDirectory.resolve(name);
  }
}
