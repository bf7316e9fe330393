package org.jingzhun.examples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts a JVM with the whole library (core, eligibility, finance, planning) and its runtime
 * dependencies on the module path, not the class path where every package is open and every
 * service file is read, and runs {@link LibraryModulePathSmoke} from the class path. A missing
 * {@code opens}, {@code exports} or {@code provides} in a module-info fails here, though every
 * unit test passes.
 */
class LibraryModulePathIT {

  @Test
  void theLibraryWorksAsNamedModules() throws Exception {
    String modulePath = Files.readString(Path.of(System.getProperty("library.module.path")), StandardCharsets.UTF_8).strip();
    for (String module : List.of("jingzhun-core", "jingzhun-eligibility", "jingzhun-finance", "jingzhun-planning")) {
      assertTrue(modulePath.contains(File.separator + module + "-"), module + " is not on the module path: " + modulePath);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "--module-path", modulePath,
        "--add-modules", String.join(",", LibraryModulePathSmoke.modules())));
    // the smoke run also reaches packages that are not API (the exit tests, the schedule, planning)
    command.addAll(OwnModulesAccess.addExports(modulePath));
    command.addAll(List.of("-cp", System.getProperty("test.classes"), LibraryModulePathSmoke.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the smoke run did not end: " + out);
    assertEquals(0, p.exitValue(), out);
    assertEquals("ok", out.strip(), out);
  }
}
