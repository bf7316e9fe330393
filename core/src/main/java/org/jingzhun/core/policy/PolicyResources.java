package org.jingzhun.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * 内置参数文件 — the service by which a module ships parameter files, found with
 * {@link java.util.ServiceLoader} (declare it with {@code provides} in {@code module-info}
 * and in {@code META-INF/services}). {@link PolicyBook#shipped()} loads the files of every
 * provider on the class or module path.
 */
public interface PolicyResources {

  /** {@return the names of the provider's parameter files, in load order} */
  List<String> files();

  /**
   * Opens one of {@link #files()}. Implement it with the provider's own
   * {@code getClass().getResourceAsStream(name)}, so that it reads the provider module's
   * resources on the module path.
   *
   * @param file one of {@link #files()}
   * @return the file's contents; the caller closes it
   * @throws java.io.IOException if the file cannot be opened
   */
  InputStream open(String file) throws IOException;

  /**
   * {@return the table parameters of the provider's files with the types of their values: bound
   * when the book loads, so a table of the wrong shape fails at load with its file and line}
   */
  default List<ParameterKey<?>> keys() {
    return List.of();
  }
}
