package org.jingzhun.examples.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/**
 * 演示参数补充 — the demonstration overlay: UNVERIFIED values that fill the shipped book's gaps for
 * Bazhou District (511902) over 2014–2020 (the statistics poverty line of 2017 and 2018,
 * Sichuan's rural dibao standard of 2014, 2016–2018 and 2020, the rules of 2016 carried back to
 * the year-ends of 2014 and 2015, a relocation subsidy), so that the synthetic demonstration
 * district can be run through every year. Demonstration assumptions, mostly interpolated; never
 * official figures. The file is {@code demo-policy.yaml} beside this class; each value's source
 * says how it was chosen.
 */
public final class DemoPolicy {
  /** The resource name of the overlay, beside this class. */
  public static final String FILE = "demo-policy.yaml";

  private DemoPolicy() {}

  /** The overlay as a parameter file, named by its resource path. */
  public static PolicyFile file() {
    try (InputStream in = DemoPolicy.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("the demonstration overlay " + FILE + " is missing from the build");
      }
      return PolicyFile.of("org/jingzhun/examples/district/" + FILE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demonstration overlay " + FILE, e);
    }
  }

  /** The shipped book with the demonstration overlay on top. */
  public static PolicyBook book() {
    return PolicyBook.shipped().withOverrides(List.of(file()));
  }
}
