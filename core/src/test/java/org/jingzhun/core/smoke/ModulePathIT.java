package org.jingzhun.core.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts a JVM with the packaged core jar and its dependencies on the module path (not the
 * class path, where every package is open): a missing {@code opens} or {@code exports} in
 * module-info fails here, though every unit test passes.
 */
class ModulePathIT {

  @Test
  void coreWorksAsANamedModule() throws Exception {
    String deps = Files.readString(Path.of(System.getProperty("runtime.classpath")), StandardCharsets.UTF_8).strip();
    String modulePath = System.getProperty("core.jar") + File.pathSeparator + deps;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(),
            "--module-path", modulePath, "--add-modules", "org.jingzhun.core",
            "-cp", System.getProperty("test.classes"), ModulePathSmoke.class.getName()))
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    assertEquals("ok", out.strip(), out);
  }
}
