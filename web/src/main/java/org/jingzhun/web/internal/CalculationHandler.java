package org.jingzhun.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.json.DocumentText;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Situation;

/**
 * 计算接口 — {@code POST /calculate/NAME}: one calculation of the command line, read from the
 * JSON body, computed under the query's {@code date}, {@code region} and {@code officialOnly},
 * answered as the subcommand prints it: the result as JSON; with {@code explain=true}
 * {@code {"result", "explanation": {"language", "text", "steps"}, "notice"}}; with
 * {@code notice=true} the printable notice as text.
 *
 * @param <I> the input type
 * @param <O> the result type
 */
final class CalculationHandler<I, O> implements Endpoint.Handler {
  private final Calculation<I, O> calculation;
  private final Books books;

  CalculationHandler(Calculation<I, O> calculation, Books books) {
    this.calculation = calculation;
    this.books = books;
  }

  @Override
  public Reply handle(Request request) {
    Query query = new Query(request);
    java.time.LocalDate date = query.date();
    RegionCode region = query.region();
    boolean explain = query.flag("explain");
    boolean notice = query.flag("notice");
    Language language = query.language();
    PolicyBook book = books.book(query.flag("officialOnly"));
    if (notice && !calculation.hasNotice()) {
      query.refuse("notice", "true", calculation.name() + " has no printable notice; leave out notice");
    }
    if (notice && explain) {
      query.refuse("notice", "true", "give explain or notice, not both");
    }
    query.done();
    I input = JingzhunJson.read(text(request.body()), calculation.inputType());
    Situation situation = new Situation(book, date, region);
    if (notice) {
      return Reply.text(calculation.notice(calculation.compute(input, situation), language).orElseThrow());
    }
    if (!explain) {
      return Reply.json(JingzhunJson.write(calculation.compute(input, situation)));
    }
    Explained<O> explained = calculation.explain(input, situation);
    return new Reply(200, Reply.JSON, Json.bytes(g -> {
      g.writeFieldName("result");
      g.writeRawValue(JingzhunJson.write(explained.value()));
      g.writeObjectFieldStart("explanation");
      g.writeStringField("language", language.name().toLowerCase(Locale.ROOT));
      g.writeArrayFieldStart("text");
      for (String line : explained.explanationText(language).lines().toList()) {
        g.writeString(line);
      }
      g.writeEndArray();
      g.writeFieldName("steps");
      g.writeRawValue(JingzhunJson.write(explained.explanation()));
      g.writeEndObject();
      var lines = calculation.notice(explained.value(), language).map(t -> t.lines().toList());
      if (lines.isPresent()) {
        g.writeArrayFieldStart("notice");
        for (String line : lines.get()) {
          g.writeString(line);
        }
        g.writeEndArray();
      }
    }));
  }

  /**
   * The body as text: UTF-8 (a byte-order mark is skipped), refused with the offset of the first
   * byte that is not, and refused when empty, as the command line refuses an empty input. A body
   * of ASCII alone (the usual JSON of codes, dates and amounts) is valid UTF-8 as it is and is
   * taken without decoding.
   */
  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  static String text(byte[] body) {
    String text = isAscii(body) ? new String(body, StandardCharsets.ISO_8859_1) : DocumentText.utf8(body);
    if (text.isBlank()) {
      throw new HttpProblem(400, "invalid-input", "输入无效 / invalid input", "the request body is empty; give a JSON object");
    }
    return text;
  }
}
