package org.jingzhun.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * 参数文件 — the text of one parameter file (YAML, or JSON, which is YAML too) and the name
 * its errors are reported under.
 *
 * @param name the name in error messages: a file path or a resource name
 * @param text the file's content
 */
public record PolicyFile(String name, String text) {

  /**
   * Reads a file from the file system.
   *
   * @param path the file
   * @return the file's text, named by its path
   */
  public static PolicyFile of(Path path) {
    try {
      return new PolicyFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + path, e);
    }
  }

  /**
   * Reads a stream to the end, naming it {@code name}.
   *
   * @param name the name errors show, e.g. the resource's path
   * @param in the stream, in UTF-8; closed when read
   * @return the file's text under that name
   */
  public static PolicyFile of(String name, InputStream in) {
    try (in) {
      return new PolicyFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter file " + name, e);
    }
  }

  /**
   * {@return 政策指纹 — the fingerprint of a policy given as text: the SHA-256 of the files' names
   * and texts in order, as 64 lower-case hexadecimal digits} The same files in the same order give
   * the same fingerprint on every machine and Java version; a change of one character in a name
   * or a text, or of the order, gives another. Runs on two machines read the same policy when
   * their fingerprints are equal.
   *
   * @param files the files, in load order
   */
  public static String fingerprint(List<PolicyFile> files) {
    MessageDigest sha256 = sha256();
    for (PolicyFile f : files) {
      update(sha256, f.name());
      update(sha256, f.text());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Adds {@code text} to the digest, its length first, so that no two lists of texts run together alike. */
  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform provides SHA-256 (java.security.MessageDigest)
      throw new IllegalStateException(e);
    }
  }
}
