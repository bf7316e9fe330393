package org.jingzhun.examples.cli;

/**
 * 扩展子命令 — a subcommand that a module built on top of this one adds to {@code jingzhun}, such
 * as {@code serve} (the web API, in the {@code web} module, which depends on this one: this module
 * cannot name it). Implementations are found with {@link java.util.ServiceLoader} when the command
 * line is built: declare one in {@code META-INF/services/org.jingzhun.examples.cli.ExtraCommand}.
 * A program without the module on its class path simply has no such subcommand.
 */
public interface ExtraCommand {
  /**
   * The subcommand's name, e.g. {@code serve}.
   *
   * @return lower-case words joined by hyphens, unlike any calculation's or fixed subcommand's
   */
  String name();

  /**
   * The picocli command object ({@code @Command}-annotated, usually a {@code Callable<Integer>}
   * whose result is the exit status) that runs the subcommand in {@code environment}.
   *
   * @param environment the book, the calculations, standard input and the working directory
   * @return a new command object
   */
  Object command(Environment environment);
}
