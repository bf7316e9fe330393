package org.jingzhun.spark;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A 64-bit digest of one result row, column by column in the order of
 * {@link ResultSchema#PRESCRIPTION}, grants element by element; fed from a Spark row or, value
 * by value, from the local engine's answers.
 */
final class ResultDigest {
  long value = 17;

  ResultDigest mix(long x) {
    value = value * 1_000_003 + x;
    return this;
  }

  ResultDigest mix(Object x) {
    if (x == null) {
      return mix(-7);
    }
    String s = x.toString();
    return mix(s.length()).mix(s.hashCode());
  }

  /** The digest of a prescription row of Spark. */
  static long of(Row r) {
    ResultDigest d = new ResultDigest();
    d.mix(r.getString(0)).mix(r.getString(1)).mix(r.get(2)).mix(r.get(3)).mix(r.get(4));
    List<Row> grants = r.isNullAt(5) ? null : HouseholdReader.list(r, 5);
    d.mix(grants == null ? -1 : grants.size());
    if (grants != null) {
      for (Row g : grants) {
        d.mix(g.getString(0)).mix(g.get(1)).mix(g.getLong(2));
      }
    }
    return d.mix(r.get(6)).mix(r.get(7)).mix(r.get(8)).mix(r.get(9)).value;
  }
}
