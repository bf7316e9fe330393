package org.jingzhun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Calculations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits around every request, on a server of two planted calculations (one slow, one
 * failing): the time limit, the internal error with its incident number, CORS when allowed, and
 * Jetty's own refusals.
 */
class WebLimitsTest {
  static final Term TITLE = Term.of("test", "测试", "test");
  static final Calculation<RegionCode, String> SLOW = Calculation.of("slow", TITLE, RegionCode.class,
      (r, s) -> sleep(3_000), (r, s) -> { throw new UnsupportedOperationException(); });
  static final Calculation<RegionCode, String> PAUSE = Calculation.of("pause", TITLE, RegionCode.class,
      (r, s) -> sleep(1_000), (r, s) -> { throw new UnsupportedOperationException(); });
  static final Calculation<RegionCode, String> BROKEN = Calculation.of("broken", TITLE, RegionCode.class,
      (r, s) -> { throw new IllegalStateException("a defect at org.jingzhun.Secret.method(Secret.java:12)"); },
      (r, s) -> { throw new IllegalStateException("a defect"); });

  static WebServer server;
  static Http http;

  static String sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "slept";
  }

  @BeforeAll
  static void start() {
    server = WebServer.start(PolicyBook.shipped(), Calculations.of(List.<Calculation<?, ?>>of(SLOW, BROKEN)),
        WebOptions.defaults(0).withTimeLimit(Duration.ofMillis(200)).withCorsOrigins(List.of("https://agency.example")));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
    for (String body : http.bodies) {
      assertFalse(body.contains("Secret") || body.contains("Exception") || body.contains("java"), body);
    }
  }

  @Test
  void aRequestOverTheTimeLimitIs503() {
    long start = System.nanoTime();
    Http.Answer a = http.post("calculate/slow?date=2019-01-01", "\"511902\"");
    WebApiTest.problem(a, 503, "time-limit");
    assertTrue(System.nanoTime() - start < 2_500_000_000L, "answered before the calculation ended");
  }

  @Test
  void aRequestFindingEveryWorkerBusyAndTheQueueFullIs503() throws Exception {
    try (WebServer small = WebServer.start(PolicyBook.shipped(), Calculations.of(List.<Calculation<?, ?>>of(PAUSE)),
        new WebOptions("127.0.0.1", 0, 1 << 20, Duration.ofSeconds(5), 1, 1, List.of(), line -> { }))) {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(client.sendAsync(HttpRequest.newBuilder(small.uri().resolve("calculate/pause?date=2019-01-01"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("\"511902\"")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        var r = answer.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 503) {
          assertTrue(r.body().contains("urn:jingzhun:problem:busy"), r.body());
        }
      }
      statuses.sort(null);
      assertEquals(List.of(200, 200, 503), statuses); // one computing, one waiting, one refused
    }
  }

  @Test
  void anInternalErrorIs500WithAnIncidentAndNothingElse() {
    Http.Answer a = http.post("calculate/broken?date=2019-01-01", "\"511902\"");
    var p = WebApiTest.problem(a, 500, "internal");
    assertTrue(p.get("incident").asText().matches("[0-9a-f]{12}"), a.body());
    assertTrue(p.get("detail").asText().contains(p.get("incident").asText()));
  }

  @Test
  void anAllowedOriginGetsCorsHeadersAndAPreflight() {
    Http.Answer a = http.send(HttpRequest.newBuilder(server.uri().resolve("health")).header("Origin", "https://agency.example").GET());
    assertEquals("https://agency.example", a.header("Access-Control-Allow-Origin"));
    Http.Answer other = http.send(HttpRequest.newBuilder(server.uri().resolve("health")).header("Origin", "https://other.example")
        .GET());
    assertNull(other.header("Access-Control-Allow-Origin"));
    Http.Answer preflight = http.send(HttpRequest.newBuilder(server.uri().resolve("calculate/slow"))
        .header("Origin", "https://agency.example").header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, preflight.status());
    assertEquals("POST", preflight.header("Access-Control-Allow-Methods"));
  }

  @Test
  void aRequestJettyCannotParseIsAProblemToo() throws IOException {
    String answer = raw("GET /health HTTP/1.1\r\nHost: x\r\nX: " + "y".repeat(20_000) + "\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
    String bad = raw("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
    assertTrue(bad.startsWith("HTTP/1.1 400"), bad);
    for (String text : List.of(answer, bad)) {
      assertFalse(text.contains("Jetty") || text.contains("<html") || text.contains("Exception"), text);
    }
  }

  /** What the server answers to {@code request} sent as bytes, read until it closes or a second passes. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder text = new StringBuilder();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      } catch (java.net.SocketTimeoutException e) {
        // keep-alive: the answer is complete
      }
      return text.toString();
    }
  }
}
