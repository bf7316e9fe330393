package org.jingzhun.examples.cli;

import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.jingzhun.examples.calculation.Calculation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * 精准 — the {@code jingzhun} command: China's targeted poverty-alleviation policy as exact,
 * explainable calculations. Run {@code jingzhun --help} for the subcommands.
 */
@Command(name = "jingzhun", mixinStandardHelpOptions = true, versionProvider = JingzhunVersion.class,
    description = {"精准 — targeted poverty-alleviation policy as exact, explainable calculations.",
        "Each calculation reads JSON (a file or standard input) and writes JSON."},
    footer = {"", "Exit status:",
        "   0 done",
        "   1 a policy case failed (check)",
        "   2 bad input: every problem is listed on standard error, each at its path",
        "   3 no policy in force for the region and date",
        "   4 a file cannot be read or written",
        "  70 an internal error (a defect: please report it), or out of memory",
        "A run that fails writes nothing on standard output.",
        "More memory for Java: JAVA_OPTS=-Xmx4g ./jingzhun ...",
        "Documentation: docs/cli.md, docs/research.md, docs/data-dictionary.md,",
        "docs/test-cases.md, docs/register-csv.md, RELIABILITY.md"})
public final class Jingzhun implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  Jingzhun() {}

  /** Runs the program with the standard environment and exits with its status. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    quietOptimiserBanner();
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    Writer err = new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
    System.exit(run(Environment.standard(), out, err, args));
  }

  /**
   * Runs the program over {@code environment} with {@code args} and returns its exit status.
   * Standard output is held back until the command has finished and written to {@code out}
   * only if it did (a failed run writes nothing there); problems go to {@code err}, never as a
   * stack trace, whatever was thrown.
   */
  public static int run(Environment environment, Writer out, Writer err, String... args) {
    ProblemReporter reporter = new ProblemReporter();
    CommandLine commandLine = commandLine(environment, reporter);
    DeferredOutput held = new DeferredOutput();
    commandLine.setOut(new PrintWriter(held, true));
    PrintWriter errors = new PrintWriter(err, true);
    commandLine.setErr(errors);
    int status;
    try {
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) { // errors (out of memory) pass picocli's handler by
      held.discard();
      status = reporter.report(e, running(commandLine), errors);
    }
    if (reporter.failed()) {
      held.discard();
    } else {
      held.commitTo(out);
    }
    return status;
  }

  /** The qualified name of the subcommand that was running, or the program's. */
  private static String running(CommandLine root) {
    CommandLine.ParseResult parsed = root.getParseResult();
    if (parsed == null) {
      return root.getCommandName();
    }
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    return parsed.commandSpec().qualifiedName();
  }

  /**
   * ojAlgo (the exact allocator's solver) prints a hardware notice on standard output when it
   * first loads, which would corrupt the JSON written there: it is loaded here with standard
   * output and error discarded.
   */
  private static void quietOptimiserBanner() {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      Class.forName("org.ojalgo.OjAlgoUtils", true, Jingzhun.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      // not on the class path: nothing to quiet
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  /**
   * The whole command line over {@code environment}: a subcommand per registered calculation
   * and the fixed ones. Set its out and err writers, then {@code execute(args)}.
   */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, new ProblemReporter());
  }

  private static CommandLine commandLine(Environment environment, ProblemReporter reporter) {
    CommandLine root = new CommandLine(new Jingzhun());
    for (Calculation<?, ?> calculation : environment.calculations().all().values()) {
      CommandLine sub = CampaignOptions.subcommand(environment, calculation);
      if (!(sub.getCommand() instanceof SimulateCommand) && !(sub.getCommand() instanceof CompareCommand)) {
        sub.getCommandSpec().usageMessage().description(
            calculation.chinese() + " — " + calculation.english() + ".",
            "Reads the input JSON from FILE or standard input and writes the result as JSON.");
      }
      root.addSubcommand(calculation.name(), sub);
    }
    root.addSubcommand("params", new ParamsCommand(environment));
    root.addSubcommand("entitlements", new EntitlementsCommand());
    root.addSubcommand("check", new CheckCommand(environment));
    root.addSubcommand("import-register", new ImportRegisterCommand(environment));
    root.addSubcommand("example", new CommandLine(new ExampleCommand(environment)).setUnmatchedOptionsArePositionalParams(true));
    root.addSubcommand("demo", new DemoCommand(environment));
    root.addSubcommand("sweep", new SweepCommand(environment));
    // subcommands of the modules built on this one (serve, in the web module), where on the class path
    for (ExtraCommand extra : ServiceLoader.load(ExtraCommand.class, Jingzhun.class.getClassLoader())) {
      root.addSubcommand(extra.name(), extra.command(environment));
    }
    root.addSubcommand("completion", new CompletionCommand());
    // every subcommand's -V prints what the program's does
    root.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new JingzhunVersion()));
    Converters.register(root);
    root.setExecutionExceptionHandler(reporter);
    root.setParameterExceptionHandler(reporter);
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  /** Without a subcommand: the usage help on standard error, exit status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }
}
