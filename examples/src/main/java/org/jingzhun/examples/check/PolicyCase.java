package org.jingzhun.examples.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;

/**
 * 测试用例 — one policy test case: the calculation, date and region (each may instead come
 * from the file's defaults), optional parameter overrides, the input as the calculation's
 * subcommand reads it, and either the expected output fields (by path into the output) or
 * the input paths at which the input must be rejected.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyCase.class)
@JsonDeserialize(as = ImmutablePolicyCase.class)
public abstract class PolicyCase {

  /** What the case shows, e.g. "a 6:4 split of 1,000 yuan". */
  public abstract String name();

  public abstract Optional<String> calculation();

  public abstract Optional<LocalDate> date();

  public abstract Optional<RegionCode> region();

  /** A parameter file (a mapping) or the path of one, relative to the case file. */
  public abstract Optional<JsonNode> overrides();

  /** The input, as the calculation's subcommand reads it. */
  public abstract JsonNode input();

  /** Expected output fields: path (e.g. {@code parts[0].amount}) → value. */
  public abstract Map<String, JsonNode> expect();

  /** Input paths at which the input must be rejected, for a case of bad input. */
  public abstract List<String> expectViolations();

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("name", name())) {
      v.check(!name().isBlank(), "name", "", "may not be blank");
    }
    v.require("input", input());
    v.check(expect().isEmpty() != expectViolations().isEmpty(), "expect", "",
        "give either 'expect' (output fields) or 'expectViolations' (input paths), not both and not neither");
    v.throwIfAny();
  }
}
