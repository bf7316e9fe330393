package org.jingzhun.planning.simulation;

/**
 * 冲击随机流 — the random numbers of one household in one year, derived from (seed, year,
 * household index) alone, so that a household's shocks do not depend on the order in which
 * households are evaluated or on how they are split between threads. The generator is
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014), the one behind {@link java.util.SplittableRandom}, written out so that its output is
 * fixed by this file and not by a JDK version.
 */
final class ShockStream {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  private ShockStream(long state) {
    this.state = state;
  }

  /** The stream of household {@code household} in {@code year} under {@code seed}. */
  static ShockStream of(long seed, int year, int household) {
    long s = mix(seed ^ mix(year * GOLDEN));
    return new ShockStream(mix(s + (household + 1L) * GOLDEN));
  }

  /** The next 64 random bits. */
  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /**
   * A whole number uniform in [0, bound) for {@code bound} ≥ 1: 63 random bits modulo
   * {@code bound} (the modulo bias is below bound / 2^63).
   */
  long below(long bound) {
    return (nextLong() >>> 1) % bound;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
