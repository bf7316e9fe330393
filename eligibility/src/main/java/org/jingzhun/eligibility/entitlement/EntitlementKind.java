package org.jingzhun.eligibility.entitlement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶项目 — a kind of entitlement: its identifier (as JSON and case files write it, e.g.
 * {@code DIBAO_TOP_UP}), its labels, and how it is paid. Each {@link EntitlementProgramme}
 * declares the kinds it grants; two kinds are equal when their identifiers are.
 */
public final class EntitlementKind implements Termed {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final Term term;
  private final Payment payment;
  /** The hash of the id, computed once: totals look kinds up by it for every grant. */
  private final int hash;

  private EntitlementKind(Term term, Payment payment) {
    this.term = term;
    this.payment = payment;
    this.hash = Objects.hash(term.key());
  }

  /**
   * {@return a new kind of entitlement}
   *
   * @param id the identifier: capitals, digits and underscores, starting with a capital (e.g.
   *     {@code DIBAO_TOP_UP}), at most 64 characters
   * @param chinese the Chinese label, as notices print it
   * @param english the English label, as notices print it
   * @param payment how it is paid
   * @throws org.jingzhun.core.validation.ValidationException when a field is missing or the
   *     identifier is malformed
   */
  public static EntitlementKind of(String id, String chinese, String english, Payment payment) {
    Violations v = Violations.collect();
    if (v.require("id", id)) {
      v.check(ID.matcher(id).matches(), "id", id, "must be capitals, digits and underscores, starting with a capital");
    }
    if (v.require("chinese", chinese)) {
      v.check(!chinese.isBlank(), "chinese", chinese, "may not be blank");
    }
    if (v.require("english", english)) {
      v.check(!english.isBlank(), "english", english, "may not be blank");
    }
    v.require("payment", payment);
    v.throwIfAny();
    return new EntitlementKind(Term.of(id, chinese, english), payment);
  }

  /**
   * {@return the kind named {@code id} among the programmes registered with the library (the
   * standard registry)}; how JSON reads a kind
   *
   * @param id the kind's identifier
   * @throws org.jingzhun.core.validation.ValidationException when no registered programme grants
   *     a kind of that identifier
   */
  @JsonCreator
  public static EntitlementKind named(String id) {
    return EntitlementRegistry.standard().find(id).orElseThrow(() -> ValidationException.of("", id,
        "is not a kind of entitlement; known: " + EntitlementRegistry.standard().kinds()));
  }

  /** {@return the identifier, e.g. {@code DIBAO_TOP_UP}; how JSON writes the kind} */
  @JsonValue
  public String id() {
    return term.key();
  }

  @Override
  public Term term() {
    return term;
  }

  /** {@return how it is paid: monthly, by the year, or once} */
  public Payment payment() {
    return payment;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntitlementKind k && k.id().equals(id());
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return id();
  }
}
