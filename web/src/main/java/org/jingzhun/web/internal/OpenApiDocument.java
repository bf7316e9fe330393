package org.jingzhun.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jingzhun.web.internal.Endpoint.Param;
import org.jingzhun.web.internal.Endpoint.Response;

/**
 * OpenAPI 文档 — the OpenAPI 3.0 document of the web API, written from the same {@link Endpoint}
 * records the server routes: each path with its parameters (and which values they take), its
 * body's media types and its answers; every refusal is the {@code Problem} schema.
 */
final class OpenApiDocument {
  private static final ObjectMapper TREES = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OpenApiDocument() {}

  static String of(List<Endpoint> endpoints, String version) {
    ObjectNode doc = TREES.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Jingzhun (精准) web API");
    info.put("version", version);
    info.put("description", "China's targeted poverty-alleviation policy as exact, explainable calculations: every"
        + " calculation of the jingzhun command line over HTTP, with its validation and messages. Refusals are RFC 9457"
        + " problems (application/problem+json). See docs/web-api.md.");
    info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode item = paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      operation(item.putObject(e.method().toLowerCase(Locale.ROOT)), e);
    }
    problemSchema(doc.putObject("components").putObject("schemas"));
    try {
      return TREES.writeValueAsString(doc);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write the OpenAPI document", ex);
    }
  }

  private static void operation(ObjectNode op, Endpoint e) {
    op.put("operationId", e.operationId());
    op.put("summary", e.summary());
    if (!e.parameters().isEmpty()) {
      ArrayNode params = op.putArray("parameters");
      for (Param p : e.parameters()) {
        ObjectNode param = params.addObject();
        param.put("name", p.name());
        param.put("in", p.in());
        param.put("required", p.required());
        param.put("description", p.description());
        ObjectNode schema = p.repeated() ? param.putObject("schema").put("type", "array").putObject("items")
            : param.putObject("schema");
        schema.put("type", p.type());
        if (!p.format().isEmpty()) {
          schema.put("format", p.format());
        }
        if (!p.values().isEmpty()) {
          p.values().forEach(schema.putArray("enum")::add);
        }
        if (!p.defaultValue().isEmpty()) {
          switch (p.type()) {
            case "boolean" -> schema.put("default", Boolean.parseBoolean(p.defaultValue()));
            case "integer" -> schema.put("default", Integer.parseInt(p.defaultValue()));
            default -> schema.put("default", p.defaultValue());
          }
        }
      }
    }
    e.body().ifPresent(b -> {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", true);
      body.put("description", b.description());
      ObjectNode content = body.putObject("content");
      for (String type : b.mediaTypes()) {
        content.putObject(type).putObject("schema").put("type", type.endsWith("json") ? "object" : "string");
      }
    });
    ObjectNode responses = op.putObject("responses");
    List<Response> all = new ArrayList<>(e.responses());
    all.add(new Response(503, "application/problem+json",
        "the request took longer than the server's time limit (--time-limit), or the server is busy"));
    all.add(new Response(500, "application/problem+json", "an internal error, with an incident number logged on the server"));
    for (Response r : all) {
      ObjectNode response = responses.putObject(String.valueOf(r.status()));
      response.put("description", r.description());
      ObjectNode content = response.putObject("content");
      for (String type : r.mediaType().split(", ")) {
        ObjectNode schema = content.putObject(type).putObject("schema");
        if (type.equals("application/problem+json")) {
          schema.put("$ref", "#/components/schemas/Problem");
        } else {
          schema.put("type", type.equals("text/plain") ? "string" : e.path().equals("/parameters") ? "array" : "object");
        }
      }
    }
  }

  private static void problemSchema(ObjectNode schemas) {
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    problem.put("description", "RFC 9457 problem details; bad input lists every violation");
    problem.putArray("required").add("type").add("title").add("status").add("detail");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string").put("description", "urn:jingzhun:problem:invalid-input, no-policy, not-found,"
        + " method-not-allowed, too-large, unsupported-media-type, time-limit, busy, internal, …");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("incident").put("type", "string").put("description", "with 500: the number under which the server logged it");
    ObjectNode violation = props.putObject("violations").put("type", "array").putObject("items");
    violation.put("type", "object");
    ObjectNode v = violation.putObject("properties");
    v.putObject("path").put("type", "string").put("description", "where: a field path such as members[2].birthDate, $ for the"
        + " whole body, or the query parameter's name");
    v.putObject("in").put("type", "string").put("description", "body or query (absent for no-policy)");
    v.putObject("value").put("type", "string").put("description", "the offending value as text; empty when missing");
    v.putObject("message").put("type", "string").put("description", "what is wrong, as the command line says it");
    v.putObject("kind").put("type", "string").put("description", "input or no-policy");
  }
}
