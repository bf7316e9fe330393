package org.jingzhun.web.internal;

import java.nio.file.Path;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.examples.calculation.Calculations;
import org.jingzhun.examples.check.CaseOutcome;
import org.jingzhun.examples.check.CaseRunner;
import org.jingzhun.examples.check.CheckSummary;

/**
 * 用例接口 — {@code POST /check}: one policy test-case file in the body (YAML, or JSON when sent
 * as {@code application/json}), run as {@code jingzhun check} runs it. The answer is 200 with every
 * case's outcome, passed or failed; a body that is not a valid case file is a 400 listing its
 * problems at their paths in the file. Overrides must be given inline: a case file sent here
 * cannot name a file on the server.
 */
final class CheckHandler {
  /** Where the sent file is taken to be: nowhere on disk, so no override file can be read. */
  private static final Path NOWHERE = Path.of("/jingzhun-web-request");

  private final Calculations calculations;
  private final Books books;

  CheckHandler(Calculations calculations, Books books) {
    this.calculations = calculations;
    this.books = books;
  }

  Reply check(Request request) {
    new Query(request).done();
    boolean json = request.contentType().map(t -> t.equals("application/json")).orElse(false);
    String name = json ? "request.json" : "request.yaml";
    String text = CalculationHandler.text(request.body());
    CaseRunner runner = new CaseRunner(calculations, books.all(), path -> {
      throw ValidationException.of("overrides", path.getFileName().toString(),
          "names a file, which a case file sent to the web API cannot do; give the overrides inline");
    });
    CaseRunner.Checked checked = runner.check(name, NOWHERE.resolve(name), text);
    List<CaseOutcome> outcomes = runner.run(checked);
    CheckSummary summary = new CheckSummary(outcomes);
    return new Reply(200, Reply.JSON, Json.bytes(g -> {
      g.writeNumberField("passed", summary.passed());
      g.writeNumberField("failed", summary.failed());
      g.writeStringField("summary", summary.closingLine());
      g.writeArrayFieldStart("cases");
      for (CaseOutcome o : outcomes) {
        g.writeStartObject();
        g.writeStringField("name", o.name());
        g.writeBooleanField("passed", o.passed());
        g.writeArrayFieldStart("failures");
        for (String f : o.failures()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
  }
}
