package org.jingzhun.core.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Language;

/**
 * 依据 — where a parameter value comes from: who issued it, the document's title or number,
 * its date, a public link, and how sure the value is.
 *
 * @param issuer the body that issued it, e.g. 国务院扶贫办
 * @param title the document's title or number, e.g. 厅字〔2016〕16号
 * @param date the document's date, if known
 * @param link a public address, if there is one
 * @param confidence how sure the value is
 * @param note a remark: what is assumed, what is still to be checked
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Source(
    String issuer,
    String title,
    Optional<LocalDate> date,
    Optional<String> link,
    Confidence confidence,
    Optional<String> note) {

  /**
   * {@return a source with only the required parts}
   *
   * @param issuer who issued the document, e.g. 国务院扶贫办
   * @param title the document's title or number
   * @param confidence how sure the values it gives are
   */
  public static Source of(String issuer, String title, Confidence confidence) {
    return new Source(issuer, title, Optional.empty(), Optional.empty(), confidence, Optional.empty());
  }

  /**
   * {@return the citation as printed in an explanation: issuer, title, date, confidence}
   *
   * @param language the language of labels and citations
   */
  public String citation(Language language) {
    StringBuilder s = new StringBuilder().append(issuer).append(language == Language.ZH ? "《" : " \"")
        .append(title).append(language == Language.ZH ? "》" : "\"");
    date.ifPresent(d -> s.append(", ").append(d));
    s.append(", ").append(confidence.label(language));
    return s.toString();
  }
}
