package org.jingzhun.web;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.examples.cli.Environment;
import org.jingzhun.examples.cli.FileProblem;
import org.jingzhun.examples.cli.UserMistake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 网络服务 — {@code jingzhun serve}: runs the web API ({@link WebServer}) until the process is
 * stopped (Ctrl-C or SIGTERM end it cleanly). The access log goes to standard output, one JSON
 * line a request; the server's own messages, incidents included, to standard error.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"服务 — the web API: every calculation over HTTP, with an OpenAPI document at /openapi.json.",
        "Runs until stopped (Ctrl-C). See docs/web-api.md."},
    footer = {"", "Statuses: 200 done, 400 invalid input (every violation with its path), 404 no such route,",
        "calculation or parameter, 413 body too large, 415 not JSON, 422 no policy in force (the command line's",
        "exit 3), 503 over the time limit or busy, 500 internal error (an incident number, logged here)."})
public final class ServeCommand implements Callable<Integer> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(?:([kmg])(i?)b?)?");
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

  private final Environment environment;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "the port; default ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "the address to listen on; default ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface")
  String host;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1MiB",
      description = "the largest request body read, e.g. 200KB or 8MiB, at most 64MiB; default ${DEFAULT-VALUE}")
  String maxBody;

  @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s",
      description = "the longest a request may take (ms, s or m), answered 503 after; default ${DEFAULT-VALUE}")
  String timeLimit;

  @Option(names = "--workers", paramLabel = "N", description = "calculations run at once; default: one per processor")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "1024",
      description = "requests that may wait for a worker, more are answered 503; default ${DEFAULT-VALUE}")
  int queue;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "allow browser pages from ORIGIN (e.g. https://agency.example), or * for any; may be repeated;"
          + " default none (CORS off)")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE",
      description = "a parameter file whose values replace or add to the shipped book's, for every request; may be repeated")
  List<String> policies = new ArrayList<>();

  @Option(names = "--access-log", paramLabel = "-|off|FILE", defaultValue = "-",
      description = "where the access log goes: - standard output (default), off, or a file appended to")
  String accessLog;

  @Spec
  CommandSpec spec;

  /**
   * The command over {@code environment}'s book and calculations.
   *
   * @param environment what the program reads besides its arguments
   */
  public ServeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    WebOptions options = new WebOptions(host, port, size(maxBody), duration(timeLimit),
        workers == null ? Runtime.getRuntime().availableProcessors() : positive("--workers", workers),
        positive("--queue", queue), corsOrigins, accessLog(accessLog));
    WebServer server;
    try {
      server = WebServer.start(book(), environment.calculations(), options);
    } catch (RuntimeException e) {
      throw cannotListen(e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "jingzhun-serve-stop"));
    PrintWriter err = spec.commandLine().getErr();
    err.println("jingzhun serve: listening on " + server.uri() + " (OpenAPI document at " + server.uri()
        + "openapi.json); Ctrl-C stops it");
    err.flush();
    stopped.await();
    return 0;
  }

  private PolicyBook book() {
    PolicyBook shipped = environment.book().get();
    if (policies.isEmpty()) {
      return shipped;
    }
    List<PolicyFile> files = new ArrayList<>();
    for (String name : policies) {
      Path path = environment.resolve(name);
      try {
        if (Files.size(path) > WebOptions.MOST_BODY) {
          throw new UserMistake("the parameter file " + name + " is larger than 64 MiB");
        }
        files.add(new PolicyFile(name, Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new FileProblem("cannot read " + name + (Files.exists(path) ? "" : ": no such file"));
      }
    }
    return shipped.withOverrides(files);
  }

  private RuntimeException cannotListen(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return new UserMistake("cannot listen on " + host + " port " + port
            + ": the port is in use, or the address is not one of this machine's");
      }
      if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return new UserMistake("cannot listen on " + host + ": not an address of this machine (e.g. 127.0.0.1 or 0.0.0.0)");
      }
    }
    return e;
  }

  private Consumer<String> accessLog(String where) {
    if (where.equals("off")) {
      return line -> { };
    }
    OutputStream out;
    if (where.equals("-")) {
      out = new FileOutputStream(FileDescriptor.out);
    } else {
      try {
        out = Files.newOutputStream(environment.resolve(where), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new FileProblem("cannot write the access log " + where);
      }
    }
    PrintStream log = new PrintStream(out, false, StandardCharsets.UTF_8);
    return line -> {
      synchronized (log) {
        log.println(line);
        log.flush();
      }
    };
  }

  private static int positive(String option, int n) {
    if (n < 1) {
      throw new UserMistake(option + " is at least 1, not " + n);
    }
    return n;
  }

  /** {@code 1MiB}, {@code 200KB}, {@code 1000}: bytes; KB, MB, GB are powers of 1000, KiB, MiB, GiB of 1024. */
  static long size(String text) {
    Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserMistake("--max-body '" + text + "' is not a size such as 1MiB, 200KB or 100000");
    }
    long unit = m.group(2) == null ? 1 : (long) Math.pow(m.group(3).isEmpty() ? 1000 : 1024, "kmg".indexOf(m.group(2)) + 1);
    long bytes = Long.parseLong(m.group(1)) * unit;
    if (bytes < 1 || bytes > WebOptions.MOST_BODY) {
      throw new UserMistake("--max-body '" + text + "' is not a size from 1 byte to 64MiB (the command line's limit)");
    }
    return bytes;
  }

  /** {@code 500ms}, {@code 10s}, {@code 2m}. */
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new UserMistake("--time-limit '" + text + "' is not a duration such as 500ms, 10s or 2m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      default -> Duration.ofMinutes(n);
    };
  }
}
