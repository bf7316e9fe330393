package org.jingzhun.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The parts of the shipped book, so that a program packaged with the modules' service files
 * overwriting each other (a fat jar built without merging {@code META-INF/services}) fails loudly,
 * naming what is missing, instead of answering with part of the book.
 */
final class ShippedParts {
  private static final String LIST = "shipped-parts.txt";

  private ShippedParts() {}

  /** The shipped providers' class names, from the list beside this class. */
  static List<String> expected() {
    try (InputStream in = ShippedParts.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("the list of the shipped policy book's parts (" + LIST + ") is missing from core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Throws when a provider of {@code expected} is on {@code loader}'s path but not among
   * {@code found}: its parameter files would be silently left out.
   *
   * @throws IllegalStateException naming every part left out and how to package the program
   */
  static void checkComplete(ClassLoader loader, Collection<String> found, List<String> expected) {
    List<String> lost = expected.stream().filter(name -> !found.contains(name))
        .filter(name -> loader.getResource(name.replace('.', '/') + ".class") != null).toList();
    if (!lost.isEmpty()) {
      throw new IllegalStateException("政策参数不全 / the shipped policy book is incomplete: the parameter files of "
          + String.join(", ", lost) + " are on the class path but were not found as services of "
          + PolicyResources.class.getName() + ". The program was packaged with the modules' META-INF/services files"
          + " overwriting each other: merge them (maven-shade-plugin's ServicesResourceTransformer, Gradle's"
          + " mergeServiceFiles()) or use the jingzhun bundle");
    }
  }
}
