package org.jingzhun.core.place;

import java.util.List;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/** The check that the parts of a place (villages of a township, townships of a county) lie in it. */
final class Nesting {
  private Nesting() {}

  /** Records a violation at {@code list[i].code} for each part whose parent is not {@code whole}. */
  static void check(Violations v, String list, List<RegionCode> parts, RegionCode whole, String what) {
    for (int i = 0; i < parts.size(); i++) {
      v.check(parts.get(i).parent().equals(whole), FieldPath.join(FieldPath.index(list, i), "code"), parts.get(i),
          "is not a " + what + " of " + whole);
    }
  }
}
