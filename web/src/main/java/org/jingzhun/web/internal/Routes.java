package org.jingzhun.web.internal;

import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.examples.calculation.EntitlementListing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.web.internal.Endpoint.Body;
import org.jingzhun.web.internal.Endpoint.Param;
import org.jingzhun.web.internal.Endpoint.Response;

/**
 * 路由表 — every endpoint of the web API, built from the command line's calculations: the server
 * routes these and {@code /openapi.json} describes these, so a calculation added to the command
 * line is a route and a documented operation with nothing more to write.
 */
public final class Routes {
  /** The status of a request refused because no policy is in force (the command line's exit 3). */
  public static final int NO_POLICY = 422;

  private static final Param DATE = Param.query("date", "string", "", "the day whose rules apply, e.g. 2019-06-01").format("date");
  private static final Param REGION = Param.query("region", "string", "000000",
      "the region (6, 9 or 12 digits) whose parameters apply; the nation when absent");
  private static final Param LANG = Param.query("lang", "string", "zh", "the language of explanations, notices and descriptions")
      .oneOf(List.of("zh", "en"));
  private static final Param OFFICIAL = Param.query("officialOnly", "boolean", "false",
      "use only values from official documents and local rules: a calculation that needs an estimated or unverified value is"
          + " refused with " + NO_POLICY + " and lists them");
  private static final Param PREFIX = Param.query("prefix", "string", "", "only parameters whose name starts with this, e.g."
      + " dibao.; may be repeated").repeatable();

  private Routes() {}

  /**
   * {@return every endpoint, {@code /openapi.json} last}
   *
   * @param calculations the calculations offered, one route each
   * @param books the server's book
   * @param version the program's version, for {@code /health} and the document
   */
  public static List<Endpoint> of(Calculations calculations, Books books, String version) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Calculation<?, ?> c : calculations.all().values()) {
      endpoints.add(calculation(c, books));
    }
    ParameterHandlers parameters = new ParameterHandlers(books);
    endpoints.add(new Endpoint("GET", "/parameters", "parameters",
        "参数 — every policy parameter with its unit and description; with date, only those in force for region, with"
            + " their values and sources (as jingzhun params --format json)",
        List.of(DATE, REGION, PREFIX, LANG, OFFICIAL), Optional.empty(),
        List.of(ok("application/json", "the parameters, by name"), invalid()), parameters::list));
    endpoints.add(new Endpoint("GET", "/parameters/{name}", "parameter",
        "参数值 — the value of one parameter in force for region on date, with the region that set it, its period and"
            + " its source",
        List.of(Param.path("name", "the parameter's name, e.g. dibao.standard.rural"), DATE.mandatory(), REGION, LANG,
            OFFICIAL),
        Optional.empty(),
        List.of(ok("application/json", "the value in force"), invalid(), notFound("no parameter of that name"), noPolicy()),
        parameters::one));
    endpoints.add(new Endpoint("GET", "/coverage", "coverage",
        "参数覆盖 — each parameter year by year with the confidence of the values in force for region (as jingzhun params"
            + " --coverage --format json)",
        List.of(REGION, Param.query("from", "integer", "2014", "the first year"),
            Param.query("to", "integer", "2025", "the last year, at most 2100"), PREFIX, OFFICIAL),
        Optional.empty(), List.of(ok("application/json", "the coverage table"), invalid()), parameters::coverage));
    endpoints.add(new Endpoint("GET", "/entitlements", "entitlements",
        "帮扶项目 — the entitlement programmes of the prescription, in order, and the kinds each grants (as jingzhun"
            + " entitlements --format json)",
        List.of(), Optional.empty(), List.of(ok("application/json", "the programmes and their kinds")),
        request -> Reply.json(JingzhunJson.write(EntitlementListing.of(EntitlementRegistry.standard())))));
    CheckHandler check = new CheckHandler(calculations, books);
    endpoints.add(new Endpoint("POST", "/check", "check",
        "检查 — run one policy test-case file (as jingzhun check; see docs/test-cases.md); overrides inline only",
        List.of(), Optional.of(new Body(List.of("application/yaml", "application/json"),
            "a case file: YAML, or JSON when sent as application/json", false)),
        List.of(ok("application/json", "every case's outcome (200 also when cases fail)"), invalid(), tooLarge()),
        check::check));
    endpoints.add(new Endpoint("GET", "/health", "health", "健康 — whether the server answers, and its version",
        List.of(), Optional.empty(), List.of(ok("application/json", "the server is up")),
        request -> Reply.json("{\"status\":\"up\",\"version\":\"" + version + "\"}")));
    AtomicReference<byte[]> document = new AtomicReference<>();
    endpoints.add(new Endpoint("GET", "/openapi.json", "openapi", "this API's OpenAPI 3 document", List.of(), Optional.empty(),
        List.of(ok("application/json", "the OpenAPI 3.0 document")),
        request -> new Reply(200, Reply.JSON, document.get())));
    document.set(OpenApiDocument.of(endpoints, version).getBytes(StandardCharsets.UTF_8));
    return List.copyOf(endpoints);
  }

  private static Endpoint calculation(Calculation<?, ?> c, Books books) {
    List<Param> params = new ArrayList<>(List.of(DATE.mandatory(), REGION,
        Param.query("explain", "boolean", "false", "add the derivation: rules, inputs, parameters with sources, amounts")));
    if (c.hasNotice()) {
      params.add(Param.query("notice", "boolean", "false", "answer the printable notice (公示文本) as text instead of JSON"));
    }
    params.add(LANG);
    params.add(OFFICIAL);
    return new Endpoint("POST", "/calculate/" + c.name(), operationId(c.name()), c.chinese() + " — " + c.english(),
        params, Optional.of(new Body(List.of("application/json"), "the input, as jingzhun " + c.name() + " reads it (docs/cli.md)",
            true)),
        List.of(ok(c.hasNotice() ? "application/json, text/plain" : "application/json",
                "the result (with explain=true: result, explanation and notice)"),
            invalid(), tooLarge(), unsupported(), noPolicy()),
        new CalculationHandler<>(c, books));
  }

  /** {@code interest-subsidy} → {@code calculateInterestSubsidy}. */
  private static String operationId(String name) {
    StringBuilder id = new StringBuilder("calculate");
    for (String word : name.split("-")) {
      id.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return id.toString();
  }

  private static Response ok(String mediaType, String description) {
    return new Response(200, mediaType, description);
  }

  private static Response invalid() {
    return new Response(400, "application/problem+json", "invalid input: every violation with its path");
  }

  private static Response notFound(String what) {
    return new Response(404, "application/problem+json", what);
  }

  private static Response tooLarge() {
    return new Response(413, "application/problem+json", "the body is larger than the server's limit (--max-body)");
  }

  private static Response unsupported() {
    return new Response(415, "application/problem+json", "the body's Content-Type is not one read here");
  }

  private static Response noPolicy() {
    return new Response(NO_POLICY, "application/problem+json",
        "no policy in force: the book has no value for a parameter needed, for that region and date (each listed)");
  }
}
