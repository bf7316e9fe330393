package org.jingzhun.core.policy;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jingzhun.core.validation.ValidationException;

/**
 * 参数键 — a table parameter declared once with the Java type of its values (the five-batches
 * mapping, the medical cascade's layers, the procedure's steps), so that a policy file is bound
 * to that type when the book loads: a table of the wrong shape fails at load with its file and
 * line, and a rule reads a typed value ({@link Reading#value(ParameterKey)}) instead of a tree.
 *
 * <p>A module declares its keys with its parameter files ({@link PolicyResources#keys()}).
 *
 * @param <T> the type of the parameter's values
 */
public final class ParameterKey<T> {
  private final String name;
  private final JavaType type;

  private ParameterKey(String name, JavaType type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = type;
  }

  /**
   * {@return a table parameter whose values are {@code type}s (a mapping bound to a value type)}
   *
   * @param <T> the type of the values
   * @param name the parameter's name
   * @param type the class of the values
   */
  public static <T> ParameterKey<T> table(String name, Class<T> type) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructType(type));
  }

  /**
   * {@return a table parameter whose values are lists of {@code element}s}
   *
   * @param <E> the type of the list's elements
   * @param name the parameter's name
   * @param element the class of the elements
   */
  public static <E> ParameterKey<List<E>> list(String name, Class<E> element) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructCollectionType(List.class, element));
  }

  /**
   * {@return a table parameter whose values are mappings from {@code key}s to {@code value}s}
   *
   * @param <K> the type of the mapping's keys
   * @param <V> the type of its values
   * @param name the parameter's name
   * @param key the class of the keys
   * @param value the class of the values
   */
  public static <K, V> ParameterKey<Map<K, V>> map(String name, Class<K> key, Class<V> value) {
    return new ParameterKey<>(name, TypeFactory.defaultInstance().constructMapType(Map.class, key, value));
  }

  /** {@return the parameter's name} */
  public String name() {
    return name;
  }

  /** Whether {@code value} is of this key's type (its raw class: the elements are checked when bound). */
  boolean accepts(Object value) {
    return type.getRawClass().isInstance(value);
  }

  /**
   * The tree of a parameter file bound to this key's type.
   *
   * @throws ValidationException listing every problem of the table, each at its path
   */
  T bind(JsonNode tree) {
    try {
      return JsonMapping.mapper().convertValue(tree, type);
    } catch (IllegalArgumentException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) {
          throw v;
        }
        if (t instanceof JsonProcessingException j) {
          throw JsonMapping.violations(j);
        }
      }
      throw ValidationException.of("", "", "the table does not have the shape of " + type.getRawClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return name + " (" + type.toCanonical() + ")";
  }
}
