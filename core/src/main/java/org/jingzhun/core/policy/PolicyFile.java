package org.jingzhun.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
