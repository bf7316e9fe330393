package org.jingzhun.examples.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jingzhun.core.validation.ValidationException;

/**
 * 覆盖文件 — where a case file's {@code overrides: FILE} points: a path relative to the case
 * file's own folder, which must stay inside that folder ({@code ../../etc/passwd} and absolute
 * paths are refused, also through a symbolic link), so that a case file shared between agencies
 * can read only the files shipped beside it. The refusal names the path, never the content.
 */
final class OverridesFile {
  private OverridesFile() {}

  /**
   * The file that {@code name} names beside {@code caseFile}, reported at {@code at}.
   *
   * @throws ValidationException if it lies outside the case file's folder
   */
  static Path resolve(Path caseFile, String name, String at) {
    Path folder = caseFile.toAbsolutePath().normalize().getParent();
    Path given;
    Path target;
    try {
      given = Path.of(name);
      target = folder.resolve(given).normalize();
    } catch (InvalidPathException e) {
      throw ValidationException.of(at, name, "is not a file name");
    }
    if (given.isAbsolute() || !target.startsWith(folder) || !realInside(folder, target)) {
      throw ValidationException.of(at, name, "names a file outside the case file's folder; give a path inside it");
    }
    return target;
  }

  /** Whether {@code target}, if it exists, is inside {@code folder} once symbolic links are followed. */
  private static boolean realInside(Path folder, Path target) {
    if (!Files.exists(target)) {
      return true;
    }
    try {
      return target.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
