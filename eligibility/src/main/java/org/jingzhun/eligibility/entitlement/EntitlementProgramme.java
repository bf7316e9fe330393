package org.jingzhun.eligibility.entitlement;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;

/**
 * 帮扶政策 — one entitlement programme of the prescription (dibao, education aid, the renovation
 * grant, …): the kinds of entitlement it grants, the parameters it reads, and its rules, resolved
 * once from a policy book for a region and date and then applied to every household of the region.
 *
 * <p>A programme registers itself: declare it with {@code provides
 * org.jingzhun.eligibility.entitlement.EntitlementProgramme with ...} in {@code module-info} (and
 * in {@code META-INF/services} for the class path), or add it to a registry with
 * {@link EntitlementRegistry#with}. The prescription, its public notice and the command line
 * then include it without further change.
 */
public interface EntitlementProgramme {

  /** {@return the programme's name, as explanations and listings print it} */
  Term rule();

  /** {@return the kinds of entitlement it grants (none for a benefit in kind such as a cap)} */
  List<EntitlementKind> kinds();

  /**
   * Records in {@code read} every parameter the programme reads, so that a prescription lists
   * every gap of every programme at once.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  void need(PolicyReader read);

  /**
   * {@return the programme's rules in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  Rules resolve(PolicyBook book, RegionCode region, LocalDate date);

  /** A programme's rules for one region and date: applied to each household of the region. */
  @FunctionalInterface
  interface Rules {
    /**
     * Grants {@code household} what the programme gives it (nothing when it gives nothing).
     *
     * @param household the household and its standing (poor, extreme, identification)
     * @param trace where the derivation is recorded ({@link Trace#off()} records nothing)
     * @param grants where the entitlements are added
     */
    void grant(HouseholdStanding household, Trace trace, Grants grants);

    /**
     * {@return whether these rules also grant from plain facts ({@link #grant(HouseholdFacts,
     * boolean, boolean, GrantSink)}); false by default} A programme that only implements the
     * object path still works everywhere: the per-household prescription calls
     * {@link #grant(HouseholdStanding, Trace, Grants)}, and the columnar prescription rebuilds a
     * household from its columns for it (slower, and without what the columns do not hold).
     */
    default boolean grantsFromFacts() {
      return false;
    }

    /**
     * Grants the household read through {@code household} what the programme gives it, in fen,
     * with no explanation and no result objects: the path that the per-household prescription takes
     * when its explanation is off and the columnar prescription takes for every household. It
     * must grant exactly what {@link #grant(HouseholdStanding, Trace, Grants)} grants.
     *
     * @param household the household's facts
     * @param poor whether the household is poor (identified now, or registered and not exited)
     * @param extreme whether it is an extreme-poverty (特困) household
     * @param grants where the entitlements go
     * @throws UnsupportedOperationException unless {@link #grantsFromFacts()}
     */
    default void grant(HouseholdFacts household, boolean poor, boolean extreme, GrantSink grants) {
      throw new UnsupportedOperationException("these rules grant through the object path only");
    }
  }
}
