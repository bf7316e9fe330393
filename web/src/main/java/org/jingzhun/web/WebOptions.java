package org.jingzhun.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * 服务选项 — how {@link WebServer} listens and what it allows a request: the address and port,
 * the largest body it reads, the longest a request may take, how many calculations run at once
 * and how many wait, the browser origins allowed (none by default: CORS is off), and where the
 * access log goes.
 *
 * @param host the address to listen on: {@code 127.0.0.1} (the default) for this machine only,
 *     {@code 0.0.0.0} for every interface (as in a container)
 * @param port the port, from 0 (any free port) to 65535
 * @param maxBodyBytes the largest request body read, from 1 byte to 64 MiB (the command line's
 *     limit of a JSON document); larger is refused with 413
 * @param timeLimit the longest a request may take, at least 1 ms; longer is answered 503
 * @param workers the calculations that run at once, at least 1
 * @param queue the requests that may wait for a worker, at least 1; more are refused with 503
 * @param corsOrigins the origins a browser page may call from ({@code https://example.org}, or
 *     {@code *} for any); empty: none
 * @param accessLog receives one JSON line per request
 */
public record WebOptions(String host, int port, long maxBodyBytes, Duration timeLimit, int workers, int queue,
    List<String> corsOrigins, Consumer<String> accessLog) {

  /** The default body limit: 1 MiB, about a thousand households. */
  public static final long DEFAULT_MAX_BODY = 1 << 20;
  /** The most {@code maxBodyBytes} may be: the command line's limit of one JSON document. */
  public static final long MOST_BODY = 64L << 20;
  /** The default time limit of a request. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException if one is out of its range
   */
  public WebOptions {
    if (host == null || timeLimit == null || corsOrigins == null || accessLog == null) {
      throw new NullPointerException("host, time limit, origins and access log are required");
    }
    checkArgument(port >= 0 && port <= 65535, "the port is from 0 to 65535, not %s", port);
    checkArgument(maxBodyBytes >= 1 && maxBodyBytes <= MOST_BODY, "the body limit is from 1 byte to 64 MiB, not %s bytes",
        maxBodyBytes);
    checkArgument(!timeLimit.isNegative() && timeLimit.toMillis() >= 1, "the time limit is at least 1 ms, not %s", timeLimit);
    checkArgument(workers >= 1 && queue >= 1, "workers and queue are at least 1, not %s and %s", workers, queue);
    corsOrigins = List.copyOf(corsOrigins);
  }

  private static void checkArgument(boolean ok, String message, Object... values) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, values));
    }
  }

  /**
   * {@return the defaults on {@code port}: this machine only, 1 MiB, 10 s, a worker per processor,
   * 1,024 waiting, no CORS, no access log}
   *
   * @param port the port, 0 for any free one
   */
  public static WebOptions defaults(int port) {
    return new WebOptions("127.0.0.1", port, DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT,
        Runtime.getRuntime().availableProcessors(), 1024, List.of(), line -> { });
  }

  /**
   * {@return these options with another body limit}
   *
   * @param bytes the largest body read
   */
  public WebOptions withMaxBodyBytes(long bytes) {
    return new WebOptions(host, port, bytes, timeLimit, workers, queue, corsOrigins, accessLog);
  }

  /**
   * {@return these options with another time limit}
   *
   * @param limit the longest a request may take
   */
  public WebOptions withTimeLimit(Duration limit) {
    return new WebOptions(host, port, maxBodyBytes, limit, workers, queue, corsOrigins, accessLog);
  }

  /**
   * {@return these options allowing {@code origins}}
   *
   * @param origins the origins a browser page may call from
   */
  public WebOptions withCorsOrigins(List<String> origins) {
    return new WebOptions(host, port, maxBodyBytes, timeLimit, workers, queue, origins, accessLog);
  }

  /**
   * {@return these options sending the access log to {@code log}}
   *
   * @param log receives one JSON line per request
   */
  public WebOptions withAccessLog(Consumer<String> log) {
    return new WebOptions(host, port, maxBodyBytes, timeLimit, workers, queue, corsOrigins, log);
  }
}
