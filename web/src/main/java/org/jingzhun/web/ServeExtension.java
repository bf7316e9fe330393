package org.jingzhun.web;

import org.jingzhun.examples.cli.Environment;
import org.jingzhun.examples.cli.ExtraCommand;

/**
 * Adds {@code serve} to the {@code jingzhun} command line when this module is on the class path
 * (declared in {@code META-INF/services/org.jingzhun.examples.cli.ExtraCommand}). Loading it loads
 * no server class: the server starts only when {@code serve} runs.
 */
public final class ServeExtension implements ExtraCommand {
  /** The extension, as {@link java.util.ServiceLoader} makes it. */
  public ServeExtension() {}

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public Object command(Environment environment) {
    return new ServeCommand(environment);
  }
}
