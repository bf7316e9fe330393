package org.jingzhun.web.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * 服务器 — the web API on Javalin (Jetty 12): routes each {@link Endpoint}, and around every
 * request enforces what the API promises whatever the endpoint:
 * <ul>
 *   <li>only the query parameters the endpoint declares (400 otherwise, each listed);</li>
 *   <li>a body of at most the limit (413, from the declared length before reading, or while reading);</li>
 *   <li>a JSON endpoint reads JSON only (415 for another declared {@code Content-Type});</li>
 *   <li>a time limit per request: the answer is computed on a bounded pool of workers, and one
 *       not ready in time is a 503 (so is a request that finds every worker and queue place taken);</li>
 *   <li>every refusal, the server's own included (unknown path 404, wrong method 405, a request
 *       Jetty cannot parse), is a problem document: no stack trace and no class name is sent;</li>
 *   <li>CORS only for the origins allowed (none unless configured);</li>
 *   <li>one access-log line a request, as JSON: method, route, status, duration, bytes, and the
 *       names (never the values) of the query parameters.</li>
 * </ul>
 * Nothing of Javalin or Jetty is seen outside this package.
 */
public final class JavalinHost implements AutoCloseable {
  private static final String ENDPOINT = "jingzhun.endpoint";
  private static final String BYTES = "jingzhun.bytes";
  private static final String QUERY = "jingzhun.query";

  private final Javalin app;
  private final Workers workers;

  private JavalinHost(Javalin app, Workers workers) {
    this.app = app;
    this.workers = workers;
  }

  /**
   * Starts the server.
   *
   * @param endpoints what to route
   * @param limits the body and time limits and the workers
   * @param host the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @param corsOrigins the origins allowed to call from a browser ({@code *} for any); empty for none
   * @param accessLog where each access-log line goes
   * @return the running server
   */
  public static JavalinHost start(List<Endpoint> endpoints, Limits limits, String host, int port, List<String> corsOrigins,
      Consumer<String> accessLog) {
    Workers workers = new Workers(limits.workers(), limits.queue());
    Cors cors = new Cors(corsOrigins);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.startup.startupWatcherEnabled = false;
      config.http.maxRequestSize = limits.maxBodyBytes();
      config.http.generateEtags = false;
      config.http.prefer405over404 = true;
      config.http.responseBufferSize = 8192; // the answers are a few KiB
      config.jetty.modifyServer(server -> quietErrors(server));
      config.jetty.threadPool = requestThreads(limits.workers());
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      config.requestLogger.http((ctx, ms) -> accessLog.accept(AccessLog.line(ctx.req().getMethod(), route(ctx),
          ctx.statusCode(), ms, bytes(ctx), queryNames(ctx))));
      config.routes.before(ctx -> cors.apply(ctx));
      for (Endpoint e : endpoints) {
        Set<String> known = queryNames(e);
        config.routes.addHttpHandler(e.method().equals("GET") ? HandlerType.GET : HandlerType.POST, e.path(),
            ctx -> serve(ctx, e, known, limits, workers));
        if (cors.enabled()) {
          config.routes.addHttpHandler(HandlerType.OPTIONS, e.path(), ctx -> cors.preflight(ctx, e.method()));
        }
      }
      // Javalin's own refusals (no route 404, wrong method 405, body too large 413) and everything
      // thrown: each answered as a problem, never Javalin's text or a stack trace
      config.routes.exception(io.javalin.http.HttpResponseException.class, (problem, ctx) -> answer(ctx, answerTo(problem, ctx)));
      config.routes.exception(Exception.class, (problem, ctx) -> answer(ctx, answerTo(problem, ctx)));
    });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      workers.close();
      throw e;
    }
    return new JavalinHost(app, workers);
  }

  /** {@return the port the server listens on} */
  public int port() {
    return app.port();
  }

  /** Stops the server and its workers. */
  @Override
  public void close() {
    app.stop();
    workers.close();
  }

  private static void serve(Context ctx, Endpoint endpoint, Set<String> known, Limits limits, Workers workers) {
    ctx.attribute(ENDPOINT, endpoint);
    Map<String, List<String>> query = ctx.queryParamMap();
    ctx.attribute(QUERY, query.keySet());
    checkQuery(query, endpoint, known);
    Optional<String> contentType = Optional.ofNullable(ctx.req().getContentType())
        .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    byte[] body = new byte[0];
    if (endpoint.body().isPresent()) {
      if (endpoint.body().get().json() && contentType.isPresent() && !isJson(contentType.get())) {
        throw new HttpProblem(415, "unsupported-media-type", "不支持的媒体类型 / unsupported media type",
            "the body is read as JSON: send it as application/json, not " + org.jingzhun.core.validation.Violation.shown(contentType.get()));
      }
      body = readBody(ctx, limits.maxBodyBytes());
    }
    Request request = new Request(ctx.pathParamMap(), query, contentType, body);
    Future<Reply> reply;
    try {
      reply = workers.submit(() -> compute(endpoint, request));
    } catch (RejectedExecutionException e) {
      throw new HttpProblem(503, "busy", "服务繁忙 / busy", "every worker is busy and the queue is full; try again shortly");
    }
    answer(ctx, await(reply, limits.timeLimit(), ctx, endpoint));
  }

  /**
   * The answer of {@code reply}, waited for on the server's request thread up to {@code limit}:
   * a plain wait costs less than suspending the request, and the request thread has nothing else
   * to do meanwhile. Past the limit the calculation is told to stop (it finishes in the
   * background if it does not listen) and the answer is 503.
   */
  private static Reply await(Future<Reply> reply, Duration limit, Context ctx, Endpoint endpoint) {
    try {
      return reply.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      reply.cancel(true);
      return Problems.problem(503, "time-limit", "超时 / time limit", "the request took longer than the server's limit of "
          + limit.toMillis() + " ms");
    } catch (InterruptedException e) {
      reply.cancel(true);
      Thread.currentThread().interrupt();
      return Problems.problem(503, "busy", "服务繁忙 / busy", "the server is stopping; try again shortly");
    } catch (ExecutionException e) {
      return Problems.of(e.getCause(), ctx.req().getMethod(), endpoint.path());
    }
  }

  /** The endpoint's answer, or the problem it threw as an answer: never an exception. */
  private static Reply compute(Endpoint endpoint, Request request) {
    try {
      return endpoint.handler().handle(request);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Problems.of(e, endpoint.method(), endpoint.path());
    }
  }

  private static boolean isJson(String type) {
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static Set<String> queryNames(Endpoint endpoint) {
    Set<String> known = new HashSet<>();
    endpoint.parameters().stream().filter(p -> p.in().equals("query")).forEach(p -> known.add(p.name()));
    return Set.copyOf(known);
  }

  private static void checkQuery(Map<String, List<String>> given, Endpoint endpoint, Set<String> known) {
    if (given.isEmpty()) {
      return;
    }
    Query query = new Query(new Request(Map.of(), Map.of(), Optional.empty(), new byte[0]));
    boolean bad = false;
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      if (!known.contains(e.getKey())) {
        query.refuse(e.getKey(), "", "is not a parameter of " + endpoint.method() + " " + endpoint.path()
            + (known.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", sorted(known))));
        bad = true;
      } else if (e.getValue().size() > 1 && endpoint.parameters().stream().noneMatch(p -> p.name().equals(e.getKey()) && p.repeated())) {
        query.refuse(e.getKey(), "", "is given " + e.getValue().size() + " times; give it once");
        bad = true;
      }
    }
    if (bad) {
      query.done();
    }
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }

  /** The body, at most {@code limit} bytes: refused from its declared length, or as soon as it grows past. */
  private static byte[] readBody(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared >= 0) { // the usual case: read exactly what was declared, no probe for the end
        byte[] bytes = new byte[(int) declared];
        if (in.readNBytes(bytes, 0, bytes.length) < bytes.length) {
          throw new HttpProblem(400, "invalid-input", "输入无效 / invalid input",
              "the request body ended before its declared length (Content-Length)");
        }
        return bytes;
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    } catch (IOException e) {
      throw new HttpProblem(400, "invalid-input", "输入无效 / invalid input", "the request body could not be read to its end");
    }
  }

  private static HttpProblem tooLarge(long limit) {
    return new HttpProblem(413, "too-large", "请求体过大 / body too large",
        "the request body is larger than " + Limits.size(limit) + ", the most this server reads (--max-body)");
  }

  private static Reply answerTo(Exception problem, Context ctx) {
    if (problem instanceof io.javalin.http.HttpResponseException r) {
      return switch (r.getStatus()) {
        case 404 -> Problems.problem(404, "not-found", "未找到 / not found",
            "no route " + ctx.req().getMethod() + " " + shownPath(ctx) + "; GET /openapi.json lists the routes"
                + (ctx.path().startsWith("/calculate/") ? " (and every calculation)" : ""));
        case 405 -> Problems.problem(405, "method-not-allowed", "方法不允许 / method not allowed",
            ctx.req().getMethod() + " is not allowed on " + shownPath(ctx) + "; GET /openapi.json lists the routes");
        case 413 -> Problems.problem(413, "too-large", "请求体过大 / body too large",
            "the request body is larger than the most this server reads (--max-body)");
        default -> Problems.problem(r.getStatus(), "http-" + r.getStatus(), "HTTP " + r.getStatus(),
            "the request cannot be served (HTTP " + r.getStatus() + ")");
      };
    }
    Endpoint e = ctx.attribute(ENDPOINT);
    return Problems.of(problem, ctx.req().getMethod(), e == null ? "(no route)" : e.path());
  }

  /** The request's path as a message shows it: cut, control characters escaped. */
  private static String shownPath(Context ctx) {
    return org.jingzhun.core.validation.Violation.shown(ctx.path());
  }

  private static void answer(Context ctx, Reply reply) {
    reply = ClassNames.removed(reply);
    ctx.status(reply.status());
    ctx.contentType(reply.contentType());
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.attribute(BYTES, reply.body().length);
    ctx.result(reply.body());
  }

  private static String route(Context ctx) {
    Endpoint e = ctx.attribute(ENDPOINT);
    return e == null ? "(no route)" : e.path();
  }

  /** The names of the query parameters given, as read for the route (or read now, for a request with none). */
  private static Set<String> queryNames(Context ctx) {
    Set<String> names = ctx.attribute(QUERY);
    return names != null ? names : ctx.queryParamMap().keySet();
  }

  private static long bytes(Context ctx) {
    Integer n = ctx.attribute(BYTES);
    return n == null ? 0 : n;
  }

  /**
   * The threads that read requests and write answers. Each waits while a worker computes, so a few
   * per worker are enough; fewer threads than Javalin's default (250) switch less on a small
   * machine, and none is held in reserve spinning for work (measured with the load test:
   * BENCHMARKS.md).
   */
  private static QueuedThreadPool requestThreads(int workers) {
    QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, 8 * workers + 8), 4, 60_000);
    pool.setName("jingzhun-http");
    pool.setReservedThreads(0);
    return pool;
  }

  /** Jetty's own refusals (a request it cannot parse, a header too large) as problems too. */
  private static void quietErrors(Server server) {
    server.setErrorHandler(new ProblemErrorHandler());
  }

  /**
   * The limits of a request.
   *
   * @param maxBodyBytes the largest body read
   * @param timeLimit the longest a request may take
   * @param workers the threads that compute answers
   * @param queue the requests that may wait for a worker
   */
  public record Limits(long maxBodyBytes, Duration timeLimit, int workers, int queue) {
    /**
     * {@return {@code bytes} as people write sizes: {@code 1 MiB}, {@code 1000 bytes}}
     *
     * @param bytes a size
     */
    public static String size(long bytes) {
      if (bytes % (1 << 20) == 0) {
        return bytes / (1 << 20) + " MiB";
      }
      if (bytes % (1 << 10) == 0) {
        return bytes / (1 << 10) + " KiB";
      }
      return bytes + " bytes";
    }
  }
}
