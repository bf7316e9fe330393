package org.jingzhun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.examples.cli.Environment;
import org.jingzhun.examples.cli.Jingzhun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web API over real HTTP on a free port of the loopback address: every route, good and bad
 * input, and what is promised of every answer (a problem document, no stack trace, no class name).
 */
class WebApiTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOUSEHOLD = read("docs/examples/poor-household-case.json");
  static final String PRESCRIBE = "calculate/prescription?date=2015-12-01&region=511902";
  static final List<String> LOG = new CopyOnWriteArrayList<>();

  static PolicyBook book;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    book = PolicyBook.shipped();
    server = WebServer.start(book, Calculations.shipped(), WebOptions.defaults(0).withAccessLog(LOG::add));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
    // whatever was asked, no answer showed a stack trace or a Java class
    for (String body : http.bodies) {
      assertFalse(body.matches("(?s).*(\\bat (org|java|io|jdk)\\.|\\.java:\\d|Exception|java\\.lang|org\\.eclipse|io\\.javalin).*"),
          body);
    }
  }

  static String read(String file) {
    try {
      return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Http.Answer a) {
    try {
      return JSON.readTree(a.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + a.body(), e);
    }
  }

  /** A problem answer of {@code status} and {@code type}; its JSON. */
  static JsonNode problem(Http.Answer a, int status, String type) {
    assertEquals(status, a.status(), a.body());
    assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
    JsonNode p = json(a);
    assertEquals("urn:jingzhun:problem:" + type, p.get("type").asText(), a.body());
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("title").asText().isEmpty());
    assertFalse(p.get("detail").asText().isEmpty());
    return p;
  }

  static List<String> paths(JsonNode problem) {
    List<String> paths = new ArrayList<>();
    problem.get("violations").forEach(v -> paths.add(v.get("path").asText()));
    return paths;
  }

  @Test
  void healthAnswersUpWithTheVersion() {
    Http.Answer a = http.get("health");
    assertEquals(200, a.status());
    assertEquals("up", json(a).get("status").asText());
    assertFalse(json(a).get("version").asText().isEmpty());
  }

  @Test
  void theEntitlementsAreTheRegistrysInOrder() {
    Http.Answer a = http.get("entitlements");
    assertEquals(200, a.status(), a.body());
    JsonNode programmes = json(a);
    assertEquals("dibao", programmes.get(0).get("programme").asText());
    assertEquals("DIBAO_TOP_UP", programmes.get(0).get("kinds").get(0).get("kind").asText());
    assertEquals("MONTHLY", programmes.get(0).get("kinds").get(0).get("payment").asText());
    // dibao, education, renovation, personal-share cap, relocation, medical aid
    assertEquals(6, programmes.size());
  }

  @Test
  void aPrescriptionIsComputedAsTheReadmeSays() {
    Http.Answer a = http.post(PRESCRIBE, HOUSEHOLD);
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("application/json"));
    // dibao 190 × 4 − 7,200 / 12 = 160.00 a month; 1,920 + 1,250 + 800 + the premium subsidy
    // 4 × (120 × 0.5) = 240: 4,210.00 a year
    assertEquals("160.00", json(a).get("monthlyTotal").asText());
    assertEquals("4210.00", json(a).get("yearlyTotal").asText());
  }

  @Test
  void aCalculationAnswersWhatItsSubcommandPrints() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Jingzhun.run(Environment.standard().withBook(() -> book), out, err, "prescription", "--date", "2015-12-01",
        "--region", "511902", ROOT.resolve("docs/examples/poor-household-case.json").toString());
    assertEquals(0, status, err.toString());
    Http.Answer a = http.post(PRESCRIBE, HOUSEHOLD);
    try {
      assertEquals(JSON.readTree(out.toString()), json(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void explainAddsTheDerivationAndTheNotice() {
    JsonNode a = json(http.post(PRESCRIBE + "&explain=true&lang=en", HOUSEHOLD));
    assertEquals("160.00", a.get("result").get("monthlyTotal").asText());
    assertEquals("en", a.get("explanation").get("language").asText());
    assertTrue(a.get("explanation").get("text").size() > 5);
    assertTrue(a.get("explanation").has("steps"));
    assertTrue(a.get("notice").size() > 0);
  }

  @Test
  void noticeIsThePrintableTextOfAPrescription() {
    Http.Answer a = http.post(PRESCRIBE + "&notice=true", HOUSEHOLD);
    assertEquals(200, a.status(), a.body());
    assertTrue(a.contentType().startsWith("text/plain"));
    assertTrue(a.body().contains("160.00"), a.body());
  }

  @Test
  void noticeOfACalculationWithoutOneIsAQueryViolation() {
    JsonNode p = problem(http.post("calculate/dibao?date=2015-12-01&notice=true", HOUSEHOLD), 400, "invalid-input");
    assertEquals(List.of("notice"), paths(p));
    assertEquals("query", p.get("violations").get(0).get("in").asText());
  }

  @Test
  void malformedJsonIsRefusedWithItsPlace() {
    JsonNode p = problem(http.post(PRESCRIBE, "{\"household\": {\"id\": "), 400, "invalid-input");
    assertEquals("body", p.get("violations").get(0).get("in").asText());
  }

  @Test
  void everyWrongFieldIsListedAtItsPath() {
    String wrong = HOUSEHOLD.replace("\"1965-05-10\"", "\"1965-13-10\"").replace("\"FULL\"", "42");
    JsonNode p = problem(http.post(PRESCRIBE, wrong), 400, "invalid-input");
    List<String> paths = paths(p);
    assertTrue(paths.contains("household.members[0].birthDate"), paths.toString());
    assertTrue(paths.contains("household.members[0].labourCapacity"), paths.toString());
  }

  @Test
  void aNameGivenTwiceIsRefused() {
    JsonNode p = problem(http.post(PRESCRIBE, "{\"household\": {}, \"household\": {}}"), 400, "invalid-input");
    assertTrue(p.get("violations").get(0).get("message").asText().contains("twice")
        || p.get("violations").get(0).get("message").asText().contains("duplicate"), p.toString());
  }

  @Test
  void anEmptyBodyIsRefused() {
    problem(http.post(PRESCRIBE, ""), 400, "invalid-input");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    Http.Answer a = http.send(HttpRequest.newBuilder(server.uri().resolve(PRESCRIBE)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xff, '}'})));
    problem(a, 400, "invalid-input");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() {
    String big = "{\"pad\": \"" + "x".repeat((int) WebOptions.DEFAULT_MAX_BODY) + "\"}";
    problem(http.post(PRESCRIBE, big), 413, "too-large");
    problem(http.postChunked(PRESCRIBE, big.getBytes(StandardCharsets.UTF_8)), 413, "too-large");
  }

  @Test
  void aBodyNotDeclaredJsonIsRefusedWith415() {
    problem(http.post(PRESCRIBE, "application/x-www-form-urlencoded", HOUSEHOLD), 415, "unsupported-media-type");
  }

  @Test
  void aBodyWithoutContentTypeIsReadAsJson() {
    assertEquals(200, http.post(PRESCRIBE, null, HOUSEHOLD).status());
  }

  @Test
  void anUnknownCalculationIs404() {
    problem(http.post("calculate/no-such-thing?date=2015-12-01", "{}"), 404, "not-found");
  }

  @Test
  void anUnknownPathIs404AndAWrongMethod405() {
    problem(http.get("nowhere/510000198001011234"), 404, "not-found");
    problem(http.post("health", "{}"), 405, "method-not-allowed");
    problem(http.get(PRESCRIBE), 405, "method-not-allowed");
  }

  @Test
  void noPolicyInForceIsItsOwnStatus() {
    // the shipped book has no Sichuan dibao standard before 2014 (the command line's exit 3)
    JsonNode p = problem(http.post("calculate/dibao?date=2013-06-01", HOUSEHOLD), 422, "no-policy");
    assertTrue(p.get("violations").get(0).get("message").asText().contains("dibao.standard.rural"), p.toString());
    assertEquals("no-policy", p.get("violations").get(0).get("kind").asText());
  }

  @Test
  void officialOnlyRefusesEstimatesAsNoPolicy() {
    problem(http.post("calculate/prescription?date=2018-06-15&officialOnly=true", HOUSEHOLD), 422, "no-policy");
    assertEquals(200, http.post("calculate/prescription?date=2018-06-15", HOUSEHOLD).status());
  }

  @Test
  void everyBadQueryParameterIsListed() {
    JsonNode p = problem(http.post("calculate/prescription?date=2015-02-30&region=12&lang=fr&explain=yes&colour=red", HOUSEHOLD),
        400, "invalid-input");
    assertEquals(List.of("colour"), paths(p)); // an unknown parameter is refused before the others are read
    p = problem(http.post("calculate/prescription?date=2015-02-30&region=12&lang=fr&explain=yes", HOUSEHOLD), 400,
        "invalid-input");
    assertEquals(Set.of("date", "region", "lang", "explain"), Set.copyOf(paths(p)));
    problem(http.post("calculate/prescription?region=511902", HOUSEHOLD), 400, "invalid-input");
    problem(http.post("calculate/prescription?date=2015-12-01&date=2016-12-01", HOUSEHOLD), 400, "invalid-input");
  }

  @Test
  void parametersListsEveryParameterAndWithADateTheValuesInForce() {
    JsonNode all = json(http.get("parameters"));
    assertEquals(book.parameters().size(), all.size());
    JsonNode dibao = json(http.get("parameters?date=2019-06-30&region=511902&prefix=dibao.standard"));
    assertTrue(dibao.size() >= 1);
    dibao.forEach(p -> assertTrue(p.get("parameter").asText().startsWith("dibao.standard") && p.has("value") && p.has("source")));
  }

  @Test
  void oneParameterHasItsValueRegionPeriodAndSource() {
    JsonNode p = json(http.get("parameters/dibao.standard.rural?date=2019-06-30&region=511902&lang=en"));
    assertEquals("510000", p.get("region").asText());
    assertEquals("2019-01-01", p.get("from").asText());
    assertEquals("DOCUMENT", p.get("source").get("confidence").asText());
    assertEquals("rural dibao standard", p.get("description").asText());
    problem(http.get("parameters/no.such.parameter?date=2019-06-30"), 404, "not-found");
    problem(http.get("parameters/dibao.standard.rural?date=2013-06-01&region=511902"), 422, "no-policy");
    problem(http.get("parameters/dibao.standard.rural"), 400, "invalid-input");
  }

  @Test
  void coverageIsTheCommandLinesTable() {
    JsonNode c = json(http.get("coverage?region=511902&from=2019&to=2020&prefix=dibao."));
    assertEquals("511902", c.get("region").asText());
    c.get("rows").forEach(r -> assertEquals(2, r.get("years").size()));
    problem(http.get("coverage?from=2020&to=2019"), 400, "invalid-input");
  }

  @Test
  void checkRunsACaseFileAsTheCommandLineDoes() {
    JsonNode r = json(http.post("check", "application/yaml", read("examples/cases/prescription.yaml")));
    assertEquals(0, r.get("failed").asInt(), r.toString());
    assertTrue(r.get("passed").asInt() > 0);
    JsonNode failing = json(http.post("check", "application/yaml", read("docs/examples/failing-case.yaml")));
    assertTrue(failing.get("failed").asInt() > 0, failing.toString());
    assertTrue(failing.get("cases").get(0).has("failures"));
  }

  @Test
  void everyShippedCaseFileGivesTheCommandLinesOutcome() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT.resolve("examples/cases"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 20, files.toString());
    for (Path file : files) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Jingzhun.run(Environment.standard().withBook(() -> book), out, err, "check", file.toString());
      String cli = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
      JsonNode web = json(http.post("check", "application/yaml", Files.readString(file)));
      assertEquals(cli, web.get("summary").asText(), file + ": " + web);
      assertEquals(0, web.get("failed").asInt(), file + ": " + web);
    }
  }

  @Test
  void aFileThatIsNotACaseFileIsRefusedAtItsPaths() {
    JsonNode p = problem(http.post("check", "application/yaml", "calculation: no-such\ncases: [{name: x}]\n"), 400,
        "invalid-input");
    assertFalse(p.get("violations").isEmpty());
  }

  @Test
  void aCaseFileCannotNameAFileOnTheServer() {
    String text = "calculation: dibao\nregion: \"511902\"\noverrides: ../../etc/passwd\ncases:\n  - name: x\n"
        + "    date: 2015-12-01\n    input: {}\n    expect: {monthly: \"1.00\"}\n";
    Http.Answer a = http.post("check", "application/yaml", text);
    assertTrue(a.status() == 400 || json(a).get("failed").asInt() == 1, a.body());
    assertFalse(a.body().contains("root:"), a.body());
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteAndEveryCalculation() {
    JsonNode doc = json(http.get("openapi.json"));
    assertEquals("3.0.3", doc.get("openapi").asText());
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    Set<String> expected = new TreeSet<>(Set.of("/parameters", "/parameters/{name}", "/coverage", "/entitlements", "/check",
        "/health", "/openapi.json"));
    Calculations.shipped().all().keySet().forEach(name -> expected.add("/calculate/" + name));
    assertEquals(expected, documented);
    // and every documented operation is routed: none answers 404
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      JsonNode item = doc.get("paths").get(path);
      String concrete = path.replace("{name}", "dibao.standard.rural").substring(1);
      int status = item.has("get") ? http.get(concrete).status() : http.post(concrete, "{}").status();
      assertTrue(status != 404 && status != 405, path + " answered " + status);
    }
    // operation ids are unique, and each path parameter is declared (what OpenAPI validators check)
    Set<String> ids = new TreeSet<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      doc.get("paths").get(path).forEach(op -> {
        assertTrue(ids.add(op.get("operationId").asText()), op.get("operationId").asText());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        while (m.find()) {
          String name = m.group(1);
          boolean declared = false;
          for (JsonNode p : op.get("parameters")) {
            declared |= p.get("name").asText().equals(name) && p.get("in").asText().equals("path") && p.get("required").asBoolean();
          }
          assertTrue(declared, path + " does not declare " + name);
        }
      });
    }
    JsonNode prescription = doc.get("paths").get("/calculate/prescription").get("post");
    assertTrue(prescription.get("responses").has("422"));
    assertTrue(prescription.get("responses").has("413"));
  }

  @Test
  void corsIsOffByDefault() {
    Http.Answer a = http.send(HttpRequest.newBuilder(server.uri().resolve("health")).header("Origin", "https://elsewhere.example")
        .GET());
    assertEquals(200, a.status());
    assertNull(a.header("Access-Control-Allow-Origin"));
  }

  @Test
  void theAccessLogHoldsNoBodyAndNoQueryValue() {
    http.post(PRESCRIBE + "&lang=en", HOUSEHOLD);
    http.get("nowhere/510000198001011234?id=510000198001011234");
    assertFalse(LOG.isEmpty());
    for (String line : LOG) {
      JsonNode entry;
      try {
        entry = JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not one JSON line: " + line, e);
      }
      for (String field : List.of("time", "method", "route", "status", "ms", "bytes", "query")) {
        assertTrue(entry.has(field), line);
      }
      assertFalse(line.contains("511902") || line.contains("2015-12-01") || line.contains("510000198001011234")
          || line.contains("P1"), line);
    }
    assertTrue(LOG.stream().anyMatch(l -> l.contains("\"route\":\"/calculate/prescription\"") && l.contains("\"status\":200")
        && l.contains("\"query\":[\"date\",\"lang\",\"region\"]")), LOG.toString());
  }
}
