package org.jingzhun.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.examples.cli.UserMistake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 问题应答 — every refusal of the API as an RFC 9457 problem ({@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail}, and for bad input the
 * {@code violations}, each with its {@code path}, where it is ({@code in}: {@code body} or
 * {@code query}), the offending {@code value} and the {@code message} the command line prints.
 * Anything unexpected is a 500 with an incident number, whose details are logged on the server
 * and never sent: no stack trace and no class name reach a caller.
 */
public final class Problems {
  /** The prefix of every problem type. */
  public static final String TYPE = "urn:jingzhun:problem:";
  private static final Logger LOG = LoggerFactory.getLogger("org.jingzhun.web.incident");

  private Problems() {}

  /**
   * The answer to {@code problem}, thrown while answering {@code method} {@code route}.
   *
   * @param problem what was thrown
   * @param method the request's method, for the log
   * @param route the route's path, for the log
   * @return the problem answer
   */
  public static Reply of(Throwable problem, String method, String route) {
    if (problem instanceof QueryViolations q) {
      return invalid(q.violations(), "query");
    }
    if (problem instanceof ValidationException v) {
      return v.isNoPolicy() ? noPolicy(v) : invalid(v, "body");
    }
    if (problem instanceof HttpProblem p) {
      return problem(p.status(), p.type(), p.title(), p.getMessage());
    }
    if (problem instanceof UserMistake m) {
      return problem(400, "invalid-input", "输入无效 / invalid input", m.getMessage());
    }
    return internal(problem, method, route);
  }

  /**
   * {@return a problem answer without violations}
   *
   * @param status the HTTP status
   * @param type the last part of the type
   * @param title the title
   * @param detail the detail
   */
  public static Reply problem(int status, String type, String title, String detail) {
    return new Reply(status, Reply.PROBLEM, Json.bytes(g -> head(g, status, type, title, detail)));
  }

  /**
   * {@return the 500 answer, the problem logged with its stack trace under a new incident number}
   *
   * @param problem what was thrown
   * @param method the request's method
   * @param route the route's path
   */
  public static Reply internal(Throwable problem, String method, String route) {
    String incident = String.format(Locale.ROOT, "%012x", ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL);
    LOG.error("incident {}: {} {} failed", incident, method, route, problem);
    return new Reply(500, Reply.PROBLEM, Json.bytes(g -> {
      head(g, 500, "internal", "内部错误 / internal error",
          "an internal error of jingzhun, not of your input; please report incident " + incident);
      g.writeStringField("incident", incident);
    }));
  }

  private static Reply invalid(ValidationException v, String in) {
    int n = v.violations().size();
    return new Reply(400, Reply.PROBLEM, Json.bytes(g -> {
      head(g, 400, "invalid-input", "输入无效 / invalid input",
          "the input is invalid (" + n + (n == 1 ? " problem)" : " problems)"));
      violations(g, v.violations(), in);
    }));
  }

  private static Reply noPolicy(ValidationException v) {
    int n = v.violations().size();
    return new Reply(422, Reply.PROBLEM, Json.bytes(g -> {
      head(g, 422, "no-policy", "无政策参数 / no policy in force", "no policy in force for " + n
          + (n == 1 ? " parameter" : " parameters") + " (choose another date or region)");
      violations(g, v.violations(), "");
    }));
  }

  private static void head(JsonGenerator g, int status, String type, String title, String detail) throws IOException {
    g.writeStringField("type", TYPE + type);
    g.writeStringField("title", title);
    g.writeNumberField("status", status);
    g.writeStringField("detail", detail);
  }

  private static void violations(JsonGenerator g, List<Violation> violations, String in) throws IOException {
    g.writeArrayFieldStart("violations");
    for (Violation v : violations) {
      g.writeStartObject();
      g.writeStringField("path", v.path().isEmpty() ? "$" : v.path());
      if (v.kind() == Violation.Kind.INPUT) {
        g.writeStringField("in", in);
      }
      g.writeStringField("value", v.value());
      g.writeStringField("message", v.message());
      g.writeStringField("kind", v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The body of a refusal by the HTTP server itself (a request it cannot parse), by its status alone. */
  static byte[] ofStatus(int status) {
    return problem(status, "http-" + status, "HTTP " + status, "the request cannot be served (HTTP " + status + ")").body();
  }
}
