package org.jingzhun.examples.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.policy.PolicyResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter that a module's policy files define is declared once in code by a typed key (so
 * the book checks its unit against the code when it loads), and every key names a parameter: for
 * each module that ships policy files (eligibility, finance, planning's ledger), found as the
 * shipped book finds them.
 */
class DeclaredKeysTest {
  static Stream<PolicyResources> modules() {
    return ServiceLoader.load(PolicyResources.class).stream().map(ServiceLoader.Provider::get);
  }

  @ParameterizedTest
  @MethodSource("modules")
  void everyParameterOfTheModulesFilesHasAKey(PolicyResources resources) throws IOException {
    List<PolicyFile> files = new ArrayList<>();
    for (String name : resources.files()) {
      files.add(PolicyFile.of(name, resources.open(name)));
    }
    Set<String> defined = new TreeSet<>(PolicyBook.load(files).parameters().keySet());
    Set<String> declared = resources.keys().stream().map(ParameterKey::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(defined, declared, resources.getClass().getSimpleName());
  }

  @org.junit.jupiter.api.Test
  void theThreeModulesThatShipPolicyFilesAreFound() {
    assertEquals(3, modules().count());
  }
}
