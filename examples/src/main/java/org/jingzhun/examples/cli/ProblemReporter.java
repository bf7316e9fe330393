package org.jingzhun.examples.cli;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * 错误报告 — turns whatever ended a run early into one message on standard error and an exit
 * status, never a stack trace: the violations of a {@link ValidationException} one per line with
 * their paths, and a {@link UserMistake}'s message (status {@value ExitCodes#BAD_INPUT}), or,
 * when every violation is a parameter with no value in force, each of those (status
 * {@value ExitCodes#NO_POLICY}); a
 * {@link FileProblem} (status {@value ExitCodes#FILE}); running out of memory, with the heap the
 * program had and how to give it more, and any other error, as a defect to report (status
 * {@value ExitCodes#INTERNAL}). A bad option gets a pointer to {@code --help}.
 *
 * <p>Each kind of problem is one branch of {@link #report}: add a kind there.
 */
final class ProblemReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private static final long MIB = 1024 * 1024;
  private boolean failed;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    return report(e, command.getCommandSpec().qualifiedName(), command.getErr());
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    failed = true;
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /** Whether a run ended in a problem reported here (its standard output is then discarded). */
  boolean failed() {
    return failed;
  }

  /**
   * Reports {@code problem}, which ended the command named {@code name}, on {@code err}.
   *
   * @return the exit status
   */
  int report(Throwable problem, String name, PrintWriter err) {
    failed = true;
    int status;
    if (problem instanceof ValidationException v) {
      status = invalid(v, name, err);
    } else if (problem instanceof UserMistake m) {
      err.println(name + ": " + m.getMessage());
      status = ExitCodes.BAD_INPUT;
    } else if (problem instanceof FileProblem f) {
      err.println(name + ": 文件错误 (file problem): " + f.getMessage());
      status = ExitCodes.FILE;
    } else if (problem instanceof OutOfMemoryError) {
      status = outOfMemory(name, err);
    } else {
      status = internal(problem, name, err);
    }
    err.flush();
    return status;
  }

  private static int invalid(ValidationException v, String name, PrintWriter err) {
    int n = v.violations().size();
    if (v.isNoPolicy()) {
      err.println(name + ": 无政策参数 / no policy in force for " + n + (n == 1 ? " parameter" : " parameters")
          + " (choose another date or region, or load the figures with --policy):");
      v.violations().forEach(violation -> err.println("  " + violation.message()));
      return ExitCodes.NO_POLICY;
    }
    err.println(name + ": the input is invalid (" + n + (n == 1 ? " problem):" : " problems):"));
    for (Violation violation : v.violations()) {
      err.println("  " + violation);
    }
    return ExitCodes.BAD_INPUT;
  }

  private static int outOfMemory(String name, PrintWriter err) {
    long heap = Runtime.getRuntime().maxMemory() / MIB;
    long more = Math.max(1, (2 * heap + 1023) / 1024); // twice the heap, in whole GiB
    err.println(name + ": 内存不足 (out of memory): the run needed more than the " + heap
        + " MiB of memory Java was given; give it more, e.g. JAVA_OPTS=-Xmx" + more + "g ./jingzhun …"
        + " (or java -Xmx" + more + "g -jar …), or split the input");
    return ExitCodes.INTERNAL;
  }

  private static int internal(Throwable problem, String name, PrintWriter err) {
    String details = savedDetails(problem).map(p -> "; the details are in " + p).orElse("");
    err.println(name + ": 内部错误 (internal error) while running " + name
        + ": this is a defect of jingzhun, not of your input; please report it with the command, its input"
        + " and jingzhun --version" + details);
    return ExitCodes.INTERNAL;
  }

  /** The stack trace in a temporary file for the report, if one can be written. */
  private static Optional<Path> savedDetails(Throwable problem) {
    try {
      Path file = Files.createTempFile("jingzhun-internal-error-", ".txt");
      Files.writeString(file, Throwables.getStackTraceAsString(problem), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
