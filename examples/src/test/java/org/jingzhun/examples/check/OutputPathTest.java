package org.jingzhun.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class OutputPathTest {
  private static final JsonNode OUTPUT = JingzhunJson.read(
      "{\"parts\": [{\"amount\": \"1.00\"}, {\"amount\": \"2.00\"}], \"a\": {\"b\": [[7]]}}", JsonNode.class);

  @Test
  void fieldsAndIndexesLeadIntoTheOutput() {
    assertEquals("2.00", OutputPath.parse("parts[1].amount").in(OUTPUT).asText());
    assertEquals(7, OutputPath.parse("a.b[0][0]").in(OUTPUT).asInt());
  }

  @Test
  void aLeadingDollarIsAllowedAndDollarAloneIsTheWholeOutput() {
    assertEquals("1.00", OutputPath.parse("$.parts[0].amount").in(OUTPUT).asText());
    assertEquals(OUTPUT, OutputPath.parse("$").in(OUTPUT));
  }

  @Test
  void aDollarBeforeAnIndexLeadsIntoAListOutput() {
    JsonNode list = JingzhunJson.read("[{\"region\": \"511902\"}]", JsonNode.class);
    assertEquals("511902", OutputPath.parse("$[0].region").in(list).asText());
    assertEquals("511902", OutputPath.parse("[0].region").in(list).asText());
  }

  @Test
  void aPathToNothingGivesAMissingNode() {
    assertTrue(OutputPath.parse("parts[5].amount").in(OUTPUT).isMissingNode());
    assertTrue(OutputPath.parse("nothing.here").in(OUTPUT).isMissingNode());
  }

  @Test
  void aMalformedPathIsRejected() {
    assertThrows(ValidationException.class, () -> OutputPath.parse("parts[x]"));
    assertThrows(ValidationException.class, () -> OutputPath.parse(".parts"));
    assertThrows(ValidationException.class, () -> OutputPath.parse("parts..amount"));
  }
}
