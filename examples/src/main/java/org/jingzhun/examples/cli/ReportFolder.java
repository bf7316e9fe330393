package org.jingzhun.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * 报告目录 — writes a folder of report files so that a failed run leaves nothing half-written:
 * the files are written to a temporary folder beside the target, then each is moved into the
 * target whole (replacing an earlier run's file of the same name), and the temporary folder is
 * removed whatever happens.
 */
final class ReportFolder {
  /** Writes the files of one report into a folder. */
  @FunctionalInterface
  interface Contents {
    void writeTo(Path folder) throws IOException;
  }

  private ReportFolder() {}

  /**
   * Writes {@code contents} into {@code target}, shown to the user as {@code name}.
   *
   * @throws FileProblem if the folder or one of its files cannot be written
   */
  static void write(Path target, String name, Contents contents) {
    Path parent = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      temporary = Files.createTempDirectory(parent, ".jingzhun-");
      contents.writeTo(temporary);
      Files.createDirectories(target);
      moveEach(temporary, target);
    } catch (IOException e) {
      throw new FileProblem("cannot write the report folder " + name + ": " + reason(e));
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveEach(Path from, Path to) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path file : files) {
        Files.move(file, to.resolve(file.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof NoSuchFileException || e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
      return "a file stands where a folder is needed, or the path does not exist (" + e.getMessage() + ")";
    }
    return InputFiles.reason(e);
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      folder.toFile().deleteOnExit();
    }
  }
}
