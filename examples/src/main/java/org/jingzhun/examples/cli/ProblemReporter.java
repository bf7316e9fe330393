package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * 错误报告 — turns a user's mistake into a message on standard error and exit status 2: the
 * violations of a {@link ValidationException} one per line with their JSON paths, a
 * {@link UserMistake}'s message, a bad option with a pointer to {@code --help}. Anything else
 * is a defect of the program and propagates with its stack trace.
 */
final class ProblemReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) throws Exception {
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof ValidationException v && v.isNoPolicy()) {
      int n = v.violations().size();
      err.println(name + ": 无政策参数 / no policy in force for " + n + (n == 1 ? " parameter" : " parameters")
          + " (choose another date or region, or load the figures with --policy):");
      v.violations().forEach(violation -> err.println("  " + violation.message()));
      err.flush();
      return ExitCodes.NO_POLICY;
    } else if (e instanceof ValidationException v) {
      int n = v.violations().size();
      err.println(name + ": the input is invalid (" + n + (n == 1 ? " problem):" : " problems):"));
      for (Violation violation : v.violations()) {
        err.println("  " + violation);
      }
    } else if (e instanceof UserMistake m) {
      err.println(name + ": " + m.getMessage());
    } else {
      throw e;
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
