package org.jingzhun.finance.subsidy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 政策选项 — a policy's choices as its parameter file writes them: the name of one constant of
 * an enumeration (a TEXT parameter) or a list of names (a TABLE parameter). A bad name is
 * reported at the parameter's name (and index), so all of a policy's choices are checked at once.
 */
final class PolicyChoices {
  private PolicyChoices() {}

  /** The constant named by a TEXT parameter; null, with a violation added, if there is none. */
  static <E extends Enum<E>> E oneOf(Violations v, Reading r, Class<E> type) {
    return named(v, r.parameterName(), r.text(), type);
  }

  private static <E extends Enum<E>> E named(Violations v, String path, String name, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    v.add(path, name, "is not one of " + names(type));
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.toString(type.getEnumConstants());
  }
}
