package org.jingzhun.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * 版本 — what {@code jingzhun --version} prints: the version of the Jingzhun modules the program
 * is built from (written into the jar by Maven from the pom, never typed in code) and the
 * version of the policy book it ships ({@link PolicyBookVersion}).
 */
final class JingzhunVersion implements IVersionProvider {
  /** The resource Maven fills in with the project's version when it builds the program. */
  static final String RESOURCE = "jingzhun-version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"jingzhun " + library(), PolicyBookVersion.shipped().toString()};
  }

  /** The version of the Jingzhun modules, from the built program's {@link #RESOURCE}. */
  static String library() {
    try (InputStream in = JingzhunVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the program was not built by Maven");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
