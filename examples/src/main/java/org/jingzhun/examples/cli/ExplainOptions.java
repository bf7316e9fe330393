package org.jingzhun.examples.cli;

import org.jingzhun.core.explain.Language;
import picocli.CommandLine.Option;

/** The options of the explanation: {@code --explain} and {@code --lang}. */
final class ExplainOptions {

  @Option(names = "--explain", description = "add the derivation: rules, inputs, parameters with sources, amounts")
  boolean explain;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "the language of the explanation and labels: zh (default) or en")
  Language language;
}
