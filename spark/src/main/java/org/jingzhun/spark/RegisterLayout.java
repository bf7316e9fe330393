package org.jingzhun.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jingzhun.core.validation.Violations;

/**
 * 名册布局 — where each column of a register Dataset is, by name, for its households and its nested
 * members: found once on the driver from the Dataset's schema and sent with the task, because the
 * rows an executor is given need not carry their schema.
 */
final class RegisterLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The households' columns' positions by name. */
  private final HashMap<String, Integer> households;
  /** The members' fields' positions by name. */
  private final HashMap<String, Integer> members;

  private RegisterLayout(HashMap<String, Integer> households, HashMap<String, Integer> members) {
    this.households = households;
    this.members = members;
  }

  /**
   * {@return the layout of a register of {@code schema}}
   *
   * @throws org.jingzhun.core.validation.ValidationException naming each required column that is
   *     missing, or a {@code members} column that is not an array of structures
   */
  static RegisterLayout of(StructType schema) {
    Violations v = Violations.collect();
    HashMap<String, Integer> households = positions(schema);
    HashMap<String, Integer> members = new HashMap<>();
    for (String required : new String[] {RegisterSchema.HOUSEHOLD_ID, RegisterSchema.VILLAGE, RegisterSchema.MEMBERS}) {
      v.check(households.containsKey(required), required, "", "缺少此列 / is not a column of the register");
    }
    if (households.containsKey(RegisterSchema.MEMBERS)) {
      DataType type = schema.fields()[households.get(RegisterSchema.MEMBERS)].dataType();
      if (type instanceof ArrayType array && array.elementType() instanceof StructType member) {
        members = positions(member);
      } else {
        v.add(RegisterSchema.MEMBERS, type.simpleString(), "must be an array of members (see RegisterSchema.MEMBER)");
      }
    }
    v.throwIfAny();
    return new RegisterLayout(households, members);
  }

  /**
   * {@return the layout of a Dataset of {@code schema} holding some of a register's household
   * columns and no members (a selection of the columns a computation reads), unchecked}
   */
  static RegisterLayout ofColumns(StructType schema) {
    return new RegisterLayout(positions(schema), new HashMap<>());
  }

  private static HashMap<String, Integer> positions(StructType struct) {
    HashMap<String, Integer> at = new HashMap<>();
    StructField[] fields = struct.fields();
    for (int i = 0; i < fields.length; i++) {
      at.put(fields[i].name(), i);
    }
    return at;
  }

  /** The positions of the household columns. */
  Map<String, Integer> households() {
    return households;
  }

  /** The positions of the member fields. */
  Map<String, Integer> members() {
    return members;
  }

  /** The position of the household column {@code name}. */
  int household(String name) {
    return households.get(name);
  }
}
