package org.jingzhun.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.web.internal.Books;
import org.jingzhun.web.internal.JavalinHost;
import org.jingzhun.web.internal.Routes;

/**
 * 网络接口 — the web API: every calculation of the {@code jingzhun} command line over HTTP, with
 * the command line's validation and messages, an OpenAPI document at {@code /openapi.json}, and
 * the limits of {@link WebOptions}. docs/web-api.md lists the routes and statuses.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(PolicyBook.shipped(), Calculations.shipped(), WebOptions.defaults(8080))) {
 *   ... // POST http://127.0.0.1:8080/calculate/prescription?date=2015-12-01&region=511902
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  private static final String VERSION_RESOURCE = "/org/jingzhun/examples/cli/jingzhun-version.properties";

  private final JavalinHost host;
  private final String address;

  private WebServer(JavalinHost host, String address) {
    this.host = host;
    this.address = address;
  }

  /**
   * Starts the API over {@code book} and {@code calculations}, listening as {@code options} say.
   * The book is used as it is for every request (and its official-only view for requests that ask):
   * it is read once, and the rules resolved from it are cached across requests.
   *
   * @param book the policy book answered from
   * @param calculations the calculations offered, one route each
   * @param options the address, port and limits
   * @return the running server; close it to stop it
   * @throws RuntimeException if the port cannot be listened on
   */
  public static WebServer start(PolicyBook book, Calculations calculations, WebOptions options) {
    JavalinHost host = JavalinHost.start(Routes.of(calculations, Books.of(book), version()),
        new JavalinHost.Limits(options.maxBodyBytes(), options.timeLimit(), options.workers(), options.queue()),
        options.host(), options.port(), options.corsOrigins(), options.accessLog());
    return new WebServer(host, options.host());
  }

  /** {@return the port the server listens on (the one chosen, when started on port 0)} */
  public int port() {
    return host.port();
  }

  /** {@return the server's base address, e.g. {@code http://127.0.0.1:8080/}} */
  public URI uri() {
    String shown = address.equals("0.0.0.0") ? "127.0.0.1" : address;
    return URI.create("http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/");
  }

  /** Stops the server: it stops listening and its workers end. */
  @Override
  public void close() {
    host.close();
  }

  /** {@return the version of the Jingzhun modules the program is built from} */
  static String version() {
    try (InputStream in = WebServer.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
