package org.jingzhun.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, replaced below. */
@Command(name = "import-register")
final class ImportRegisterCommand implements Callable<Integer> {
  ImportRegisterCommand(Environment environment) {}

  @Override
  public Integer call() {
    return 0;
  }
}
