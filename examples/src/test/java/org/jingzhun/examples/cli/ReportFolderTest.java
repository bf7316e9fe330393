package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  @TempDir
  Path dir;

  @Test
  void theFilesArriveInTheFolderWhole() throws IOException {
    ReportFolder.write(dir.resolve("out"), "out", f -> Files.writeString(f.resolve("report.md"), "# report"));
    assertEquals("# report", Files.readString(dir.resolve("out/report.md")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary folder is left");
    }
  }

  @Test
  void aFailedWriteLeavesTheEarlierReportAsItWasAndNoTemporaryFolder() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/report.md"), "earlier");
    FileProblem e = assertThrows(FileProblem.class, () -> ReportFolder.write(dir.resolve("out"), "out", f -> {
      Files.writeString(f.resolve("report.md"), "half");
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().startsWith("cannot write the report folder out: disk full"), e.getMessage());
    assertEquals("earlier", Files.readString(dir.resolve("out/report.md")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary folder is left");
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAFileProblem() throws IOException {
    Files.writeString(dir.resolve("taken"), "a file");
    FileProblem e = assertThrows(FileProblem.class,
        () -> ReportFolder.write(dir.resolve("taken/out"), "taken/out", f -> Files.writeString(f.resolve("a"), "a")));
    assertTrue(e.getMessage().startsWith("cannot write the report folder taken/out: "), e.getMessage());
    assertFalse(Files.isDirectory(dir.resolve("taken")));
  }
}
