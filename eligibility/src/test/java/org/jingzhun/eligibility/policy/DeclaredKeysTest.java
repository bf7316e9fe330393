package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.junit.jupiter.api.Test;

/**
 * Every parameter that eligibility's files define is declared once in code by a typed key (so
 * the book checks its unit against the code when it loads), and every key names a parameter.
 */
class DeclaredKeysTest {
  @Test
  void everyParameterOfTheModulesFilesHasAKey() throws IOException {
    EligibilityPolicyResources resources = new EligibilityPolicyResources();
    List<PolicyFile> files = new ArrayList<>();
    for (String name : resources.files()) {
      files.add(PolicyFile.of(name, resources.open(name)));
    }
    Set<String> defined = new TreeSet<>(PolicyBook.load(files).parameters().keySet());
    Set<String> declared = resources.keys().stream().map(ParameterKey::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(defined, declared);
  }
}
