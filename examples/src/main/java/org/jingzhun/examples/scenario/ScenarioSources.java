package org.jingzhun.examples.scenario;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/**
 * Where a scenario's files come from: the book it starts from, its parameter files, and its
 * register, each read with the command line's limits and messages.
 */
public interface ScenarioSources {

  /** {@return the book the scenario starts from (the shipped one, or its official values only)} */
  PolicyBook book();

  /**
   * {@return the parameter files named, read and checked}
   *
   * @param names the files, as named in the scenario or on the command line
   */
  List<PolicyFile> policyFiles(List<String> names);

  /**
   * {@return a reader of the register CSV {@code file}, streamed}
   *
   * @param file the file, as named
   * @param encoding its encoding if named (UTF-8 otherwise)
   */
  Reader register(String file, Optional<String> encoding);
}
