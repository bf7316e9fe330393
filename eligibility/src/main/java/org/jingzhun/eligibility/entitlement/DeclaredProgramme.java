package org.jingzhun.eligibility.entitlement;

import java.util.List;
import java.util.function.Consumer;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.validation.Violations;

/**
 * 政策声明 — the declaration every programme shares: its name, the kinds it grants and the
 * parameters it reads, stated once in its constructor, so that a programme writes only its rules
 * ({@link #resolve}). A programme found by the registry needs a public constructor without
 * arguments:
 *
 * <pre>{@code
 * public final class HeatingAllowance extends DeclaredProgramme {
 *   public HeatingAllowance() {
 *     super(RULE, List.of(ALLOWANCE), read -> read.need(PER_MEMBER));
 *   }
 *
 *   public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) { ... }
 * }
 * }</pre>
 */
public abstract class DeclaredProgramme implements EntitlementProgramme {
  private final Term rule;
  private final List<EntitlementKind> kinds;
  private final Consumer<PolicyReader> needs;

  /**
   * Declares a programme.
   *
   * @param rule the programme's name, as explanations and listings print it
   * @param kinds the kinds of entitlement it grants, in the order listings print them (none for a
   *     benefit in kind)
   * @param needs records on a reader every parameter the programme reads
   * @throws org.jingzhun.core.validation.ValidationException when a part is missing or a kind is
   *     listed twice
   */
  protected DeclaredProgramme(Term rule, List<EntitlementKind> kinds, Consumer<PolicyReader> needs) {
    Violations v = Violations.collect();
    v.require("rule", rule);
    v.require("needs", needs);
    if (v.require("kinds", kinds)) {
      v.check(kinds.stream().distinct().count() == kinds.size(), "kinds", kinds, "重复列出同一待遇种类 / lists a kind twice");
    }
    v.throwIfAny();
    this.rule = rule;
    this.kinds = List.copyOf(kinds);
    this.needs = needs;
  }

  @Override
  public final Term rule() {
    return rule;
  }

  @Override
  public final List<EntitlementKind> kinds() {
    return kinds;
  }

  @Override
  public final void need(PolicyReader read) {
    needs.accept(read);
  }

  @Override
  public String toString() {
    return rule.key();
  }

  /**
   * A programme's rules that grant on both paths: through the object path with its explanation,
   * and from plain facts ({@link #grant(HouseholdFacts, boolean, boolean, GrantSink)}), which the
   * per-household prescription without explanation and the columnar prescription take.
   */
  public abstract static class BothPaths implements Rules {
    /** For a subclass. */
    protected BothPaths() {}

    @Override
    public final boolean grantsFromFacts() {
      return true;
    }

    @Override
    public abstract void grant(HouseholdFacts household, boolean poor, boolean extreme, GrantSink grants);
  }
}
