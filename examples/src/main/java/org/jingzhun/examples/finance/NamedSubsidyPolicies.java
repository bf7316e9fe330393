package org.jingzhun.examples.finance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.jingzhun.core.explain.Explanation;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.subsidy.SubsidyPolicy;

/**
 * 贴息政策选择 — the subsidy policy a request names: given in full ({@code policy}), or one the
 * library builds from the policy book by name ({@code policyName}), its numbers read for the
 * situation's region on its date and cited in the explanation.
 *
 * <ul>
 *   <li>{@code poverty-microcredit} — 扶贫小额信贷贴息 ({@link SubsidyPolicy#povertyMicrocredit});
 *   <li>{@code relocation-loan} — 易地扶贫搬迁贷款中央财政贴息 ({@link SubsidyPolicy#relocationLoan});
 *   <li>{@code agricultural-industrialisation} — 农业产业化贷款贴息
 *       ({@link SubsidyPolicy#agriculturalIndustrialisation}), Bazhou District's;
 *   <li>{@code agricultural-guarantee} — 农业担保贷款贴息 ({@link SubsidyPolicy#agriculturalGuarantee}),
 *       Bazhou District's;
 *   <li>{@code dilapidated-house-renovation} — 农村危房改造贷款贴息
 *       ({@link SubsidyPolicy#dilapidatedHouseRenovation}), Bazhou District's.
 * </ul>
 */
public final class NamedSubsidyPolicies {
  /** The shipped policy of poverty microcredit. */
  public static final String POVERTY_MICROCREDIT = "poverty-microcredit";
  /** The central budget's share of relocation-loan interest. */
  public static final String RELOCATION_LOAN = "relocation-loan";
  /** Bazhou District's interest subsidy on agricultural industrialisation credit. */
  public static final String AGRICULTURAL_INDUSTRIALISATION = "agricultural-industrialisation";
  /** Bazhou District's interest subsidy on loans guaranteed by its agricultural guarantee company. */
  public static final String AGRICULTURAL_GUARANTEE = "agricultural-guarantee";
  /** Bazhou District's interest subsidy on dilapidated-house renovation loans. */
  public static final String DILAPIDATED_HOUSE_RENOVATION = "dilapidated-house-renovation";

  private static final Term CHOICE = Term.of("subsidyPolicyChoice", "贴息政策参数", "subsidy policy parameters");

  /** Each named policy's factory, and the prefix of the parameters it is built from (to cite them). */
  private record Named(Factory factory, String parameterPrefix) {}

  @FunctionalInterface
  private interface Factory {
    SubsidyPolicy build(Situation s);
  }

  private static final ImmutableMap<String, Named> NAMED = ImmutableMap.of(
      POVERTY_MICROCREDIT, new Named(s -> SubsidyPolicy.povertyMicrocredit(s.book(), s.region(), s.date()),
          "finance.microcredit."),
      RELOCATION_LOAN, new Named(s -> SubsidyPolicy.relocationLoan(s.book(), s.region(), s.date()),
          "finance.relocation."),
      AGRICULTURAL_INDUSTRIALISATION, new Named(
          s -> SubsidyPolicy.agriculturalIndustrialisation(s.book(), s.region(), s.date()), "finance.agriIndustry."),
      AGRICULTURAL_GUARANTEE, new Named(
          s -> SubsidyPolicy.agriculturalGuarantee(s.book(), s.region(), s.date()), "finance.agriGuarantee."),
      DILAPIDATED_HOUSE_RENOVATION, new Named(
          s -> SubsidyPolicy.dilapidatedHouseRenovation(s.book(), s.region(), s.date()), "finance.dilapidatedHouse."));

  /**
   * The policy chosen, with the parameters it was built from.
   *
   * @param policy the policy
   * @param citations every parameter of the named policy's family ({@code finance.microcredit.…})
   *     in force for the region on the date, as an explanation lists them; empty for a policy
   *     given in full
   */
  public record Chosen(SubsidyPolicy policy, ImmutableList<Explanation.ParameterLine> citations) {}

  private NamedSubsidyPolicies() {}

  /** The names a request may give. */
  public static ImmutableList<String> names() {
    return NAMED.keySet().asList();
  }

  /** Checks that exactly one of {@code policy} and {@code policyName} is given, and the name is known. */
  static void check(Violations v, Optional<SubsidyPolicy> policy, Optional<String> policyName) {
    v.check(policy.isPresent() != policyName.isPresent(), "policy", "",
        "give either 'policy' (the policy in full) or 'policyName' (one of " + String.join(", ", names())
            + "), not both and not neither");
    policyName.ifPresent(n -> v.check(NAMED.containsKey(n), "policyName", n,
        "is not a shipped policy; known: " + String.join(", ", names())));
  }

  /**
   * The policy given, or the named one built from the book for the situation.
   *
   * @throws ValidationException if the book lacks a number the named policy needs for the
   *     situation's region on its date
   */
  static Chosen choose(Optional<SubsidyPolicy> policy, Optional<String> policyName, Situation situation) {
    if (policy.isPresent()) {
      return new Chosen(policy.get(), ImmutableList.of());
    }
    Named named = NAMED.get(policyName.orElseThrow());
    SubsidyPolicy built = named.factory().build(situation);
    RecordingTrace trace = Trace.recording(CHOICE);
    situation.book().inForce(situation.region(), situation.date()).stream()
        .filter(r -> r.parameterName().startsWith(named.parameterPrefix()))
        .forEach(trace::parameter);
    return new Chosen(built, ImmutableList.copyOf(trace.explanation().parameters()));
  }
}
