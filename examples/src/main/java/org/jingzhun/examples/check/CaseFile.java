package org.jingzhun.examples.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 用例文件 — a file of policy test cases with defaults that every case inherits unless it
 * sets its own: calculation, date, region, and overrides (applied before the case's own).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseFile.class)
@JsonDeserialize(as = ImmutableCaseFile.class)
public abstract class CaseFile {

  public abstract Optional<String> calculation();

  public abstract Optional<LocalDate> date();

  public abstract Optional<RegionCode> region();

  /** A parameter file (a mapping) or the path of one, applied to every case. */
  public abstract Optional<JsonNode> overrides();

  /** The cases, at least one. */
  public abstract List<PolicyCase> cases();

  /** The calculation of case {@code c}: its own or the file's. */
  public final Optional<String> calculationOf(PolicyCase c) {
    return c.calculation().or(this::calculation);
  }

  public final Optional<LocalDate> dateOf(PolicyCase c) {
    return c.date().or(this::date);
  }

  public final Optional<RegionCode> regionOf(PolicyCase c) {
    return c.region().or(this::region);
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(!cases().isEmpty(), "cases", "[]", "a case file needs at least one case");
    for (int i = 0; i < cases().size(); i++) {
      PolicyCase c = cases().get(i);
      String at = FieldPath.index("cases", i);
      v.check(calculationOf(c).isPresent(), FieldPath.join(at, "calculation"), "", "is required (in the case or for the file)");
      v.check(dateOf(c).isPresent(), FieldPath.join(at, "date"), "", "is required (in the case or for the file)");
    }
    v.throwIfAny();
  }
}
