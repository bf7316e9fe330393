package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jingzhun.core.policy.Parameter;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.Test;

/**
 * Every parameter that eligibility's files define is declared once in code by a typed key (so
 * the book checks its unit against the code when it loads), and every key names a parameter.
 */
class DeclaredKeysTest {
  private static final String FILES = EligibilityPolicyResources.class.getName() + ":";

  @Test
  void everyShippedParameterOfTheModuleHasAKey() {
    Set<String> defined = PolicyBook.shipped().parameters().values().stream()
        .filter(p -> definedHere(p))
        .map(Parameter::name)
        .collect(Collectors.toCollection(TreeSet::new));
    List<ParameterKey<?>> keys = new EligibilityPolicyResources().keys();
    Set<String> declared = keys.stream().map(ParameterKey::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(defined, declared);
  }

  private static boolean definedHere(Parameter p) {
    return p.timelines().values().stream().flatMap(List::stream).anyMatch(v -> v.origin().startsWith(FILES));
  }
}
