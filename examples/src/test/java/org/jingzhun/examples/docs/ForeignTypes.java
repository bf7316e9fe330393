package org.jingzhun.examples.docs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** The public and protected members of a type whose signatures mention a Guava or Jackson type. */
final class ForeignTypes {
  private ForeignTypes() {}

  static List<String> inSignaturesOf(Class<?> type) {
    List<String> found = new ArrayList<>();
    if (!Modifier.isPublic(type.getModifiers())) {
      return found;
    }
    check(type.getName() + " extends", type.getGenericSuperclass(), found);
    for (Type t : type.getGenericInterfaces()) {
      check(type.getName() + " implements", t, found);
    }
    java.util.Set<Method> methods = new java.util.LinkedHashSet<>(List.of(type.getMethods())); // public, inherited ones included
    methods.addAll(List.of(type.getDeclaredMethods()));
    for (Method m : methods) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        check(type.getName() + "." + m.getName(), m.getGenericReturnType(), found);
        parameters(type.getName() + "." + m.getName(), m, found);
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers())) {
        parameters(type.getName() + ".<init>", c, found);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers())) {
        check(type.getName() + "." + f.getName(), f.getGenericType(), found);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      found.addAll(inSignaturesOf(nested));
    }
    return found;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void parameters(String where, Executable e, List<String> found) {
    for (Type t : e.getGenericParameterTypes()) {
      check(where, t, found);
    }
  }

  private static void check(String where, Type t, List<String> found) {
    if (t != null && (t.getTypeName().contains("com.google.") || t.getTypeName().contains("com.fasterxml."))) {
      found.add(where + ": " + t.getTypeName());
    }
  }
}
