package org.jingzhun.examples.cli;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jingzhun.core.household.Household;

/**
 * 户列表输出 — writes households as one JSON list as they come, none held: the list is opened
 * with the first household, so that an import with nothing good writes nothing.
 */
final class HouseholdArray {
  private final Writer out;
  private SequenceWriter list;

  HouseholdArray(Writer out) {
    this.out = out;
  }

  void write(Household household) {
    try {
      if (list == null) {
        list = JsonMapping.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
      }
      list.write(household);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the list; with no household written, writes an empty list only if {@code emptyIsAnAnswer}. */
  void finish(boolean emptyIsAnAnswer) {
    try {
      if (list == null && emptyIsAnAnswer) {
        list = JsonMapping.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
      }
      if (list != null) {
        list.close();
        out.write(System.lineSeparator());
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
