package org.jingzhun.web.internal;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * 跨域 — Cross-Origin Resource Sharing, off unless origins are allowed: then a request from an
 * allowed {@code Origin} (or any, with {@code *}) gets {@code Access-Control-Allow-Origin}, and
 * a preflight {@code OPTIONS} on a route gets its method and {@code Content-Type}. Without
 * allowed origins no such header is ever sent, so a browser page of another site cannot read
 * the answers.
 */
final class Cors {
  private final Set<String> origins;

  Cors(List<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  boolean enabled() {
    return !origins.isEmpty();
  }

  void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (enabled() && origin != null && (origins.contains("*") || origins.contains(origin))) {
      ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
      ctx.header("Vary", "Origin");
    }
  }

  void preflight(Context ctx, String method) {
    ctx.status(204);
    if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) {
      ctx.header("Access-Control-Allow-Methods", method);
      ctx.header("Access-Control-Allow-Headers", "Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
    }
  }
}
