package org.jingzhun.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.Parameter;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyCoverage;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 参数接口 — the policy book over HTTP, as {@code jingzhun params} shows it:
 * {@code GET /parameters} (every parameter with its unit and description, and with {@code date}
 * the value in force for {@code region} with its source, as {@code params --format json}),
 * {@code GET /parameters/NAME} (one parameter's value in force) and {@code GET /coverage}
 * (as {@code params --coverage --format json}).
 */
final class ParameterHandlers {
  private final Books books;

  ParameterHandlers(Books books) {
    this.books = books;
  }

  /** {@code GET /parameters}. */
  Reply list(Request request) {
    Query query = new Query(request);
    Optional<LocalDate> date = query.optionalDate();
    RegionCode region = query.region();
    Language language = query.language();
    List<String> prefixes = request.all("prefix");
    PolicyBook book = books.book(query.flag("officialOnly"));
    query.done();
    List<Parameter> parameters = book.parameters().values().stream()
        .filter(p -> prefixes.isEmpty() || prefixes.stream().anyMatch(p.name()::startsWith))
        .toList();
    Map<String, Reading> inForce = date
        .map(d -> book.inForce(region, d).stream().collect(Collectors.toMap(Reading::parameterName, r -> r)))
        .orElse(Map.of());
    return new Reply(200, Reply.JSON, Json.value(g -> {
      g.writeStartArray();
      for (Parameter p : parameters) {
        Optional<Reading> reading = Optional.ofNullable(inForce.get(p.name()));
        if (date.isPresent() && reading.isEmpty()) {
          continue; // as params: only the parameters in force
        }
        g.writeStartObject();
        describe(g, p, language);
        if (reading.isPresent()) {
          value(g, reading.get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
  }

  /** {@code GET /parameters/{name}}. */
  Reply one(Request request) {
    Query query = new Query(request);
    LocalDate date = query.date();
    RegionCode region = query.region();
    Language language = query.language();
    PolicyBook book = books.book(query.flag("officialOnly"));
    String name = request.path("name");
    Parameter parameter = book.parameter(name)
        .orElseThrow(() -> HttpProblem.notFound("the policy book has no parameter named " + name + "; GET /parameters lists them"));
    query.done();
    Reading reading = book.get(parameter.name(), region, date); // no value in force: 422, each gap listed
    return new Reply(200, Reply.JSON, Json.bytes(g -> {
      describe(g, parameter, language);
      value(g, reading);
    }));
  }

  /** {@code GET /coverage}. */
  Reply coverage(Request request) {
    Query query = new Query(request);
    RegionCode region = query.region();
    int from = query.year("from", 2014);
    int to = query.year("to", 2025);
    List<String> prefixes = request.all("prefix");
    if (to < from || from < 1900 || to > 2100) {
      query.refuse("from", from + ".." + to, "give two years between 1900 and 2100, the first not after the last");
    }
    PolicyBook book = books.book(query.flag("officialOnly"));
    query.done();
    PolicyCoverage all = book.coverage(region, from, to);
    PolicyCoverage shown = new PolicyCoverage(all.region(), all.rows().stream()
        .filter(r -> prefixes.isEmpty() || prefixes.stream().anyMatch(r.parameter()::startsWith))
        .toList());
    return Reply.json(JingzhunJson.write(shown));
  }

  private static void describe(JsonGenerator g, Parameter p, Language language) throws IOException {
    g.writeStringField("parameter", p.name());
    g.writeStringField("description", language == Language.ZH ? p.descriptionZh() : p.descriptionEn());
    g.writeStringField("unit", p.unit().name());
  }

  /** The fields of {@code params --format json} beyond the description: value, region, period, source. */
  private static void value(JsonGenerator g, Reading r) throws IOException {
    g.writeFieldName("value");
    g.writeRawValue(JingzhunJson.write(r.value()));
    g.writeStringField("region", r.region().toString());
    g.writeStringField("from", r.entry().from().toString());
    if (r.entry().until().isPresent()) {
      g.writeStringField("until", r.entry().until().get().toString());
    }
    g.writeFieldName("source");
    g.writeRawValue(JingzhunJson.write(r.entry().source()));
    g.writeStringField("origin", r.entry().origin());
  }
}
