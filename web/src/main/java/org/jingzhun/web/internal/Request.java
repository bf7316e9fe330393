package org.jingzhun.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 请求 — what a handler sees of an HTTP request: its path and query parameters, the declared
 * content type and the body, already read and within the size limit. No server type appears here.
 *
 * @param pathParams the path parameters by name
 * @param query the query parameters by name, each with its values in order
 * @param contentType the {@code Content-Type} without parameters, lower case, or empty
 * @param body the body's bytes (empty for a route without a body)
 */
public record Request(Map<String, String> pathParams, Map<String, List<String>> query, Optional<String> contentType,
    byte[] body) {

  /** Copies the maps. */
  public Request {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
  }

  /**
   * {@return the path parameter {@code name}}
   *
   * @param name as in the route's path
   */
  public String path(String name) {
    return pathParams.getOrDefault(name, "");
  }

  /**
   * {@return the first value of the query parameter {@code name}, if given}
   *
   * @param name the parameter's name
   */
  public Optional<String> first(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * {@return every value of the query parameter {@code name}}
   *
   * @param name the parameter's name
   */
  public List<String> all(String name) {
    return query.getOrDefault(name, List.of());
  }
}
