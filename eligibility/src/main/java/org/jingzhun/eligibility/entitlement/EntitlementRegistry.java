package org.jingzhun.eligibility.entitlement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.validation.Violations;

/**
 * 政策清单 — the entitlement programmes a prescription applies, in order, and the kinds they
 * grant. {@link #standard()} holds the programmes registered with the library (its own and any a
 * module on the path provides); {@link #with} adds one more for a scenario or a test.
 */
public final class EntitlementRegistry {
  private final List<EntitlementProgramme> programmes;
  private final Map<String, EntitlementKind> kinds;

  private EntitlementRegistry(List<EntitlementProgramme> programmes) {
    Map<String, EntitlementKind> byId = new LinkedHashMap<>();
    Violations v = Violations.collect();
    for (int i = 0; i < programmes.size(); i++) {
      for (EntitlementKind k : programmes.get(i).kinds()) {
        v.check(byId.putIfAbsent(k.id(), k) == null, "programmes[" + i + "].kinds", k.id(),
            "is granted by two programmes; a kind belongs to one programme");
      }
    }
    v.throwIfAny();
    this.programmes = List.copyOf(programmes);
    this.kinds = byId;
  }

  /** The standard registry, found once. */
  private static final class Standard {
    static final EntitlementRegistry REGISTRY = load();

    private static EntitlementRegistry load() {
      List<EntitlementProgramme> found = new ArrayList<>();
      ServiceLoader.load(EntitlementProgramme.class, EntitlementRegistry.class.getClassLoader()).forEach(found::add);
      return new EntitlementRegistry(found);
    }
  }

  /**
   * {@return the programmes registered with the library, in the order their modules declare them
   * (the library's own: dibao and extreme-poverty support, education aid, the renovation grant,
   * the personal-share cap, the relocation subsidy)}
   */
  public static EntitlementRegistry standard() {
    return Standard.REGISTRY;
  }

  /**
   * {@return a registry of exactly {@code programmes}, in that order}
   *
   * @param programmes the programmes
   * @throws org.jingzhun.core.validation.ValidationException when two programmes grant a kind of
   *     the same identifier
   */
  public static EntitlementRegistry of(List<EntitlementProgramme> programmes) {
    return new EntitlementRegistry(programmes);
  }

  /**
   * {@return this registry with {@code programme} applied after the others}
   *
   * @param programme the programme to add
   * @throws org.jingzhun.core.validation.ValidationException when it grants a kind that another
   *     programme of the registry already grants
   */
  public EntitlementRegistry with(EntitlementProgramme programme) {
    List<EntitlementProgramme> all = new ArrayList<>(programmes);
    all.add(programme);
    return new EntitlementRegistry(all);
  }

  /** {@return the programmes, in the order they are applied} */
  public List<EntitlementProgramme> programmes() {
    return programmes;
  }

  /** {@return every kind of entitlement the programmes grant, in the programmes' order} */
  public List<EntitlementKind> kinds() {
    return List.copyOf(kinds.values());
  }

  /**
   * {@return the kind of entitlement named {@code id}, if a programme grants one}
   *
   * @param id the kind's identifier, e.g. {@code DIBAO_TOP_UP}
   */
  public Optional<EntitlementKind> find(String id) {
    return Optional.ofNullable(id == null ? null : kinds.get(id));
  }

  /**
   * {@return the kind of entitlement named {@code id}}
   *
   * @param id the kind's identifier, e.g. {@code DIBAO_TOP_UP}
   * @throws org.jingzhun.core.validation.ValidationException when no programme grants a kind of
   *     that identifier, naming those that exist
   */
  public EntitlementKind kind(String id) {
    EntitlementKind k = id == null ? null : kinds.get(id);
    if (k == null) {
      Violations.collect().add("kind", id, "is not a kind of entitlement; known: " + String.join(", ", kinds.keySet()))
          .throwIfAny();
    }
    return k;
  }

  /**
   * Records in {@code read} every parameter the programmes read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public void need(PolicyReader read) {
    programmes.forEach(p -> p.need(read));
  }
}
