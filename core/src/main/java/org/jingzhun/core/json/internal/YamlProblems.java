package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document's syntax problems in the user's words: the YAML reader's short description of
 * the problem, where it is (line and column), and a name given twice in one mapping.
 */
public final class YamlProblems {
  private static final Pattern DUPLICATE = Pattern.compile("found duplicate key (.*)|Duplicate (?:field|key) '(.*)'");

  private YamlProblems() {}

  /** The violation that {@code e}, raised while a YAML document was parsed, stands for. */
  public static ValidationException violations(JsonProcessingException e) {
    MarkedYAMLException marked = marked(e);
    String problem = marked != null && marked.getProblem() != null ? marked.getProblem() : e.getOriginalMessage();
    Mark mark = marked == null ? null : marked.getProblemMark();
    String where = mark != null ? " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"
        : e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " (line " + e.getLocation().getLineNr() + ")" : "";
    Matcher duplicate = DUPLICATE.matcher(problem == null ? "" : problem.strip());
    if (duplicate.matches()) {
      String key = duplicate.group(1) != null ? duplicate.group(1) : duplicate.group(2);
      return ValidationException.of("", "", "duplicate name: '" + Violation.shown(key) + "' appears twice in the same mapping" + where);
    }
    return ValidationException.of("", "", "malformed YAML: " + (problem == null ? "the document is not well-formed"
        : Violation.shown(problem.strip())) + where);
  }

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }
}
