package org.jingzhun.examples.cli;

import org.jingzhun.core.explain.Language;
import picocli.CommandLine.Option;

/** The options of the explanation: {@code --explain}, {@code --notice} and {@code --lang}. */
final class ExplainOptions {

  @Option(names = "--explain", description = "add the derivation: rules, inputs, parameters with sources, amounts")
  boolean explain;

  @Option(names = "--notice",
      description = "print the result's printable notice (公示文本) as text instead of JSON, where the calculation has one (prescription)")
  boolean notice;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "the language of the explanation and labels: zh (default) or en")
  Language language;
}
