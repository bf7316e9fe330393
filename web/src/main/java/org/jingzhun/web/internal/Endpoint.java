package org.jingzhun.web.internal;

import java.util.List;
import java.util.Optional;

/**
 * 接口定义 — one route of the web API, as the server routes it and as the OpenAPI document
 * describes it: both read this record, so the document cannot drift from the routes.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path, with {@code {name}} for a path parameter
 * @param operationId the operation's name in the OpenAPI document
 * @param summary one line on what it does
 * @param parameters the path and query parameters it takes; any other query parameter is refused
 * @param body the request body it reads, if any
 * @param responses what it answers, status by status
 * @param handler what computes the answer
 */
public record Endpoint(String method, String path, String operationId, String summary, List<Param> parameters,
    Optional<Body> body, List<Response> responses, Handler handler) {

  /** Copies the lists. */
  public Endpoint {
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
  }

  /**
   * A path or query parameter.
   *
   * @param name its name
   * @param in {@code path} or {@code query}
   * @param required whether it must be given
   * @param type the JSON schema type of its value ({@code string}, {@code integer}, {@code boolean})
   * @param format the JSON schema format ({@code date}), or empty
   * @param values the values it takes, or empty for any
   * @param defaultValue its value when absent, or empty
   * @param description what it means
   * @param repeated whether it may be given more than once
   */
  public record Param(String name, String in, boolean required, String type, String format, List<String> values,
      String defaultValue, String description, boolean repeated) {

    /** Copies the list. */
    public Param {
      values = List.copyOf(values);
    }

    /**
     * {@return an optional query parameter}
     *
     * @param name its name
     * @param type its JSON schema type
     * @param defaultValue its value when absent ("" for none)
     * @param description what it means
     */
    public static Param query(String name, String type, String defaultValue, String description) {
      return new Param(name, "query", false, type, "", List.of(), defaultValue, description, false);
    }

    /** {@return this parameter, required} */
    public Param mandatory() {
      return new Param(name, in, true, type, format, values, defaultValue, description, repeated);
    }

    /**
     * {@return this parameter with a JSON schema format}
     *
     * @param schemaFormat e.g. {@code date}
     */
    public Param format(String schemaFormat) {
      return new Param(name, in, required, type, schemaFormat, values, defaultValue, description, repeated);
    }

    /**
     * {@return this parameter limited to {@code allowed}}
     *
     * @param allowed the values it takes
     */
    public Param oneOf(List<String> allowed) {
      return new Param(name, in, required, type, format, allowed, defaultValue, description, repeated);
    }

    /** {@return this parameter, allowed more than once} */
    public Param repeatable() {
      return new Param(name, in, required, type, format, values, defaultValue, description, true);
    }

    /**
     * {@return a required path parameter}
     *
     * @param name its name, as in the path's {@code {name}}
     * @param description what it means
     */
    public static Param path(String name, String description) {
      return new Param(name, "path", true, "string", "", List.of(), "", description, false);
    }
  }

  /**
   * A request body.
   *
   * @param mediaTypes the media types it may be sent as, the first the usual one
   * @param description what it holds
   * @param json whether it is read as JSON only (any other declared {@code Content-Type} is
   *     refused with 415); otherwise as YAML unless declared JSON
   */
  public record Body(List<String> mediaTypes, String description, boolean json) {
    /** Copies the list. */
    public Body {
      mediaTypes = List.copyOf(mediaTypes);
    }
  }

  /**
   * One answer of an endpoint.
   *
   * @param status the HTTP status
   * @param mediaType its media type
   * @param description when it is given
   */
  public record Response(int status, String mediaType, String description) {}

  /** Computes an endpoint's answer to a request; may throw the problems {@link Problems} knows. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers {@code request}.
     *
     * @param request the request, its body read and within the limit
     * @return the answer
     */
    Reply handle(Request request);
  }
}
