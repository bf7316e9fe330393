package org.jingzhun.benchmarks.policy;

/**
 * 大型参数文件 — a policy file of {@code parameters} money parameters with {@code values} yearly
 * values each, in YAML (flow-style entries, as the shipped files write them) or JSON: about 9 MB
 * at 2,000 × 60. Not policy: every value is a made-up figure of a made-up parameter.
 */
final class LargePolicyFiles {
  private LargePolicyFiles() {}

  static String yaml(int parameters, int values) {
    StringBuilder s = new StringBuilder("sources:\n  big:\n    issuer: benchmark\n    title: generated\n"
        + "    confidence: UNVERIFIED\nparameters:\n");
    for (int p = 0; p < parameters; p++) {
      s.append("  benchmark.p").append(p).append(":\n    unit: YUAN\n")
          .append("    description: {zh: 测试参数, en: benchmark parameter}\n    values:\n      \"510000\":\n");
      for (int v = 0; v < values; v++) {
        s.append("        - {from: ").append(1950 + v).append("-01-01, until: ").append(1951 + v)
            .append("-01-01, value: ").append(100 + v).append(", source: big}\n");
      }
    }
    return s.toString();
  }

  static String json(int parameters, int values) {
    StringBuilder s = new StringBuilder("{\"sources\":{\"big\":{\"issuer\":\"benchmark\",\"title\":\"generated\","
        + "\"confidence\":\"UNVERIFIED\"}},\"parameters\":{");
    for (int p = 0; p < parameters; p++) {
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
}
