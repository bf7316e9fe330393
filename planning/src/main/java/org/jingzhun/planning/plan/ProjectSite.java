package org.jingzhun.planning.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/**
 * 项目实施点 — a village a project serves and whom it serves there: either every registered
 * poor household of the village (到村项目, a road or a water scheme: no households named), or
 * the poor households it names by register number (到户项目), with the number of persons in
 * them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectSite.class)
@JsonDeserialize(as = ImmutableProjectSite.class)
public abstract class ProjectSite {

  /** {@return the village served: a twelve-digit village code} */
  public abstract RegionCode village();

  /**
   * {@return the register numbers of the households served; empty when it serves the whole village}
   */
  public abstract Set<String> households();

  /** {@return the persons in the named households; stated exactly when households are named} */
  public abstract Optional<Integer> persons();

  /** {@return whether the site serves every registered poor household of the village} */
  public final boolean wholeVillage() {
    return households().isEmpty();
  }

  /**
   * {@return a site that serves every registered poor household of {@code village}}
   *
   * @param village the village's twelve-digit code
   */
  public static ProjectSite wholeVillage(RegionCode village) {
    return builder().village(village).build();
  }

  /** {@return a builder of a new {@link ProjectSite}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a site; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableProjectSite.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("village", village())) {
      v.check(village().level() == RegionLevel.VILLAGE, "village", village(), "must be a twelve-digit village code");
    }
    for (String h : households()) {
      v.check(!h.isBlank(), "households", h, "a register number may not be blank");
    }
    if (households().isEmpty()) {
      v.check(persons().isEmpty(), "persons", persons().orElse(0),
          "state persons only with the households named; a whole-village site serves the village's poor");
    } else if (persons().isEmpty()) {
      v.add("persons", null, "is required when households are named");
    } else {
      v.check(persons().get() >= households().size(), "persons", persons().get(),
          "must be at least the number of households named (" + households().size() + ")");
    }
    v.throwIfAny();
  }
}
