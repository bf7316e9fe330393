package org.jingzhun.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.policy.PolicyResources;

/**
 * 参数库版本 — which policy book a program ships: the SHA-256 of its parameter files (each
 * provider's class name, then each file's name, length and bytes, providers in the order of
 * their class names and files in their load order) and how many parameters they define. Two
 * programs with the same hash compute with the same numbers, whatever their library version.
 *
 * @param sha256 the hash, 64 lowercase hexadecimal digits
 * @param files how many parameter files were hashed
 * @param parameters how many parameters the files define
 */
record PolicyBookVersion(String sha256, int files, int parameters) {
  /** How many hexadecimal digits of the hash are shown: enough to tell books apart. */
  static final int SHOWN_DIGITS = 12;

  /** The version of the book shipped by the modules on the class path. */
  static PolicyBookVersion shipped() {
    return of(ServiceLoader.load(PolicyResources.class, PolicyBook.class.getClassLoader()));
  }

  /** The version of the book of {@code providers}' files. */
  static PolicyBookVersion of(Iterable<PolicyResources> providers) {
    MessageDigest digest = sha256Digest();
    List<PolicyFile> files = new ArrayList<>();
    StreamSupport.stream(providers.spliterator(), false)
        .sorted(Comparator.comparing(p -> p.getClass().getName()))
        .forEach(provider -> {
          digest.update(field(provider.getClass().getName()));
          for (String name : provider.files()) {
            byte[] bytes = read(provider, name);
            digest.update(field(name));
            digest.update(field(Integer.toString(bytes.length)));
            digest.update(bytes);
            files.add(PolicyFile.of(name, new ByteArrayInputStream(bytes)));
          }
        });
    int parameters = PolicyBook.load(files).parameters().size();
    return new PolicyBookVersion(HexFormat.of().formatHex(digest.digest()), files.size(), parameters);
  }

  /** The line {@code jingzhun --version} prints for the book. */
  @Override
  public String toString() {
    return "policy book sha256:" + sha256.substring(0, SHOWN_DIGITS) + ", " + parameters + " parameters in " + files + " files";
  }

  /** A name ended by a NUL, so that no two sequences of names hash alike. */
  private static byte[] field(String text) {
    return (text + '\0').getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(PolicyResources provider, String name) {
    try (InputStream in = provider.open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open shipped parameter file " + name, e);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
