package org.jingzhun.benchmarks.policy;

/**
 * 大型参数文件 — a policy file of money parameters with {@code values} yearly values each, in YAML
 * (flow-style entries, as the shipped files write them) or JSON, as many parameters as it takes
 * to reach {@code bytes} of UTF-8 (the 10 MB file: {@link #TEN_MB}; about 2,330 parameters
 * of 60 values in YAML, 1,750 in JSON). Not policy: every value is a made-up figure of a made-up
 * parameter.
 */
public final class LargePolicyFiles {
  /** 10 MiB, 10,485,760 bytes: the size the issue names, rounded up. */
  public static final int TEN_MB = 10 << 20;

  private LargePolicyFiles() {}

  /** {@return a YAML file of {@code parameters} parameters of {@code values} values} */
  static String yaml(int parameters, int values) {
    return yaml(parameters, Long.MAX_VALUE, values);
  }

  /** {@return a YAML file of the first parameters of {@code values} values that reach {@code bytes}} */
  public static String yamlOfSize(int bytes, int values) {
    return yaml(Integer.MAX_VALUE, bytes, values);
  }

  private static String yaml(int parameters, long bytes, int values) {
    StringBuilder s = new StringBuilder("sources:\n  big:\n    issuer: benchmark\n    title: generated\n"
        + "    confidence: UNVERIFIED\nparameters:\n");
    for (int p = 0; p < parameters && utf8Bytes(s, p) < bytes; p++) {
      s.append("  benchmark.p").append(p).append(":\n    unit: YUAN\n")
          .append("    description: {zh: 测试参数, en: benchmark parameter}\n    values:\n      \"510000\":\n");
      for (int v = 0; v < values; v++) {
        s.append("        - {from: ").append(1950 + v).append("-01-01, until: ").append(1951 + v)
            .append("-01-01, value: ").append(100 + v).append(", source: big}\n");
      }
    }
    return s.toString();
  }

  /** {@return a JSON file of {@code parameters} parameters of {@code values} values} */
  static String json(int parameters, int values) {
    return json(parameters, Long.MAX_VALUE, values);
  }

  /** {@return a JSON file of the first parameters of {@code values} values that reach {@code bytes}} */
  public static String jsonOfSize(int bytes, int values) {
    return json(Integer.MAX_VALUE, bytes, values);
  }

  private static String json(int parameters, long bytes, int values) {
    StringBuilder s = new StringBuilder("{\"sources\":{\"big\":{\"issuer\":\"benchmark\",\"title\":\"generated\","
        + "\"confidence\":\"UNVERIFIED\"}},\"parameters\":{");
    for (int p = 0; p < parameters && utf8Bytes(s, p) + 2 < bytes; p++) {
      s.append(p == 0 ? "" : ",").append("\"benchmark.p").append(p).append("\":{\"unit\":\"YUAN\",")
          .append("\"description\":{\"zh\":\"测试参数\",\"en\":\"benchmark parameter\"},\"values\":{\"510000\":[");
      for (int v = 0; v < values; v++) {
        s.append(v == 0 ? "" : ",").append("{\"from\":\"").append(1950 + v).append("-01-01\",\"until\":\"")
            .append(1951 + v).append("-01-01\",\"value\":").append(100 + v).append(",\"source\":\"big\"}");
      }
      s.append("]}}");
    }
    return s.append("}}").toString();
  }

  /** The UTF-8 length of {@code s} after {@code p} parameters: each description's 测试参数 is 4 characters of 3 bytes. */
  private static long utf8Bytes(StringBuilder s, int p) {
    return s.length() + 8L * p;
  }
}
