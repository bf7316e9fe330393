package org.jingzhun.planning.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.place.Area;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 项目库 — the projects a county may fund, with the villages they may serve and the areas
 * (片区) of townships planned as one block. Every project serves only villages of the library;
 * a project may serve villages of several townships and areas.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectLibrary.class)
@JsonDeserialize(as = ImmutableProjectLibrary.class)
public abstract class ProjectLibrary {

  /** {@return the villages the plan covers, each once} */
  public abstract List<Village> villages();

  /** {@return 片区 — areas of townships planned as one block; may be empty} */
  public abstract List<Area> areas();

  /** {@return the projects, each id once, in the order the library lists them} */
  public abstract List<Project> projects();

  /** {@return the codes of the villages covered, in order} */
  public final Set<RegionCode> villageCodes() {
    return villages().stream().map(Village::code).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * {@return the project with {@code id}, if the library has one}
   *
   * @param id the project's identifier
   */
  public final Optional<Project> project(String id) {
    return projects().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * {@return the projects that run (need money) in {@code year}, in library order}
   *
   * @param year the calendar year
   */
  public final List<Project> projectsIn(int year) {
    return projects().stream().filter(p -> p.costByYear().containsKey(year)).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the areas that contain {@code village}}
   *
   * @param village the village's twelve-digit code
   */
  public final List<Area> areasOf(RegionCode village) {
    return areas().stream().filter(a -> a.contains(village)).collect(ImmutableList.toImmutableList());
  }

  /** {@return a builder of a new {@link ProjectLibrary}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a library; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableProjectLibrary.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    Set<RegionCode> known = new HashSet<>();
    for (int i = 0; i < villages().size(); i++) {
      RegionCode code = villages().get(i).code();
      v.check(known.add(code), FieldPath.join(FieldPath.index("villages", i), "code"), code, "the village is listed twice");
    }
    Set<String> areaIds = new HashSet<>();
    for (int i = 0; i < areas().size(); i++) {
      String id = areas().get(i).id();
      v.check(areaIds.add(id), FieldPath.join(FieldPath.index("areas", i), "id"), id, "the area id is used twice");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < projects().size(); i++) {
      Project p = projects().get(i);
      String path = FieldPath.index("projects", i);
      v.check(ids.add(p.id()), FieldPath.join(path, "id"), p.id(), "the project id is used twice");
      for (int s = 0; s < p.sites().size(); s++) {
        RegionCode village = p.sites().get(s).village();
        v.check(known.contains(village), FieldPath.join(path, FieldPath.join(FieldPath.index("sites", s), "village")),
            village, "is not a village of the library (unknown village); add it to villages or correct the code");
      }
    }
    v.throwIfAny();
  }
}
