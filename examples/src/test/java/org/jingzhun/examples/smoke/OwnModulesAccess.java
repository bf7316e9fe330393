package org.jingzhun.examples.smoke;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code --add-exports} options that give code on the class path the library's packages that
 * are not API (exported to our own modules only, or to none): our programs, run with the library
 * on the module path, use them as a named module of ours would through a qualified export.
 */
public final class OwnModulesAccess {
  private OwnModulesAccess() {}

  /**
   * {@return {@code --add-exports module/package=ALL-UNNAMED} for every package of the library's
   * modules on {@code modulePath} that they do not export to everyone}
   *
   * @param modulePath the module path, entries separated by the platform's separator
   */
  public static List<String> addExports(String modulePath) {
    Path[] entries = Arrays.stream(modulePath.split(File.pathSeparator)).map(Path::of).toArray(Path[]::new);
    List<String> options = new ArrayList<>();
    for (var module : ModuleFinder.of(entries).findAll()) {
      ModuleDescriptor d = module.descriptor();
      if (!d.name().startsWith("org.jingzhun.")) {
        continue;
      }
      List<String> open = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList();
      d.packages().stream().filter(p -> !open.contains(p)).sorted()
          .forEach(p -> options.addAll(List.of("--add-exports", d.name() + "/" + p + "=ALL-UNNAMED")));
    }
    return options;
  }
}
