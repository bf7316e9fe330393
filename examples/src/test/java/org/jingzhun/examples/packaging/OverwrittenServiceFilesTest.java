package org.jingzhun.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fat jar built the usual way keeps one module's META-INF/services file and drops the others':
 * the shipped book must then refuse to load, naming the parts it lost, never answer with part of
 * the book. Simulated with a class loader that shows only the first service file of its kind.
 */
class OverwrittenServiceFilesTest {
  private static final String SERVICES = "META-INF/services/org.jingzhun.core.policy.PolicyResources";

  /** Shows only the first of several same-named service files, as a jar that overwrote the others. */
  private static final class OverwritingLoader extends URLClassLoader {
    OverwritingLoader(URL[] path) {
      super(path, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      Enumeration<URL> all = super.getResources(name);
      if (!name.equals(SERVICES) || !all.hasMoreElements()) {
        return all;
      }
      return Collections.enumeration(List.of(all.nextElement()));
    }
  }

  private static URL[] classPath() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return urls.toArray(URL[]::new);
  }

  @Test
  void theShippedBookRefusesToLoadWithAPartLeftOutAndNamesIt() throws Exception {
    try (URLClassLoader whole = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader());
        URLClassLoader loader = new OverwritingLoader(classPath())) {
      assertEquals(3, Collections.list(whole.getResources(SERVICES)).size(),
          "the library's three modules with parameter files (eligibility, finance, planning) each ship a service file");
      Class<?> book = Class.forName("org.jingzhun.core.policy.PolicyBook", true, loader);
      InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
          () -> book.getMethod("shipped").invoke(null));
      String message = e.getCause().getMessage();
      assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
      // the first service file is kept, the other module's provider is named as left out
      assertTrue(message.contains("the shipped policy book is incomplete"), message);
      assertTrue(message.contains("FinancePolicyResources") || message.contains("EligibilityPolicyResources")
          || message.contains("LedgerPolicyResources"), message);
    }
  }
}
