package org.jingzhun.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;

/**
 * 政策文本 — the policy a job applies, as text that travels to the executors: the shipped book
 * ({@link PolicyBook#shipped()}) and any overlays ({@link PolicyBook#withOverrides(List)}), in
 * order. Domain objects are not {@link Serializable}; this is, and each executor resolves it once
 * into a {@link PolicyBook} ({@link #book()}), kept for later tasks under its fingerprint.
 *
 * <p>The {@linkplain #fingerprint() fingerprint} is that of every file the book is read from — the
 * shipped files as the driver found them, then the overlays — so that two runs with equal
 * fingerprints read the same policy. An executor whose shipped files differ from the driver's (a
 * cluster with another Jingzhun jar) refuses to run rather than apply another policy.
 */
public final class PolicyText implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The overlays' names, in order. */
  private final String[] names;
  /** The overlays' texts, in the order of {@link #names}. */
  private final String[] texts;
  /** The fingerprint of the shipped files as the driver found them, then the overlays. */
  private final String fingerprint;

  private PolicyText(List<PolicyFile> overlays) {
    this.names = overlays.stream().map(PolicyFile::name).toArray(String[]::new);
    this.texts = overlays.stream().map(PolicyFile::text).toArray(String[]::new);
    this.fingerprint = fingerprintHere();
  }

  /**
   * {@return the shipped book as text}
   *
   * @throws IllegalStateException if a module's parameter files are on the path but not found as a
   *     service (see {@link PolicyBook#shipped()})
   */
  public static PolicyText shipped() {
    return new PolicyText(List.of());
  }

  /**
   * {@return the shipped book with {@code overlays} applied in order, as text}
   *
   * @param overlays parameter files in the format of {@link PolicyBook#withOverrides(List)}; their
   *     names appear in error messages and in the fingerprint
   * @throws org.jingzhun.core.validation.ValidationException listing every problem of the overlays,
   *     each at its file and line (they are read once here, so that a bad file fails on the driver)
   */
  public static PolicyText shippedWith(List<PolicyFile> overlays) {
    PolicyText text = new PolicyText(List.copyOf(Objects.requireNonNull(overlays, "overlays")));
    text.book();
    return text;
  }

  /** {@return the fingerprint of the policy: {@link PolicyFile#fingerprint(List)} of the shipped files, then the overlays} */
  public String fingerprint() {
    return fingerprint;
  }

  /** {@return the overlays, in order} */
  public List<PolicyFile> overlays() {
    List<PolicyFile> files = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      files.add(new PolicyFile(names[i], texts[i]));
    }
    return List.copyOf(files);
  }

  /**
   * {@return the policy book of this text, resolved once per JVM (driver or executor) and then
   * taken from a cache keyed by the fingerprint}
   *
   * @throws IllegalStateException if the shipped files here are not those the driver found
   */
  public PolicyBook book() {
    return ResolvedPolicies.book(this);
  }

  /** {@return the fingerprint of the files as this JVM finds them} */
  String fingerprintHere() {
    List<PolicyFile> files = new ArrayList<>(PolicyBook.shippedFiles());
    files.addAll(overlays());
    return PolicyFile.fingerprint(files);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyText t && t.fingerprint.equals(fingerprint);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "PolicyText[shipped + " + names.length + " overlays, " + fingerprint + "]";
  }
}
