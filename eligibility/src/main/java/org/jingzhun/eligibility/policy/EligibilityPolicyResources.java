package org.jingzhun.eligibility.policy;

import com.google.common.collect.ImmutableList;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jingzhun.core.policy.PolicyResources;

/**
 * 识别与帮扶参数文件 — ships the eligibility module's parameter files: the national file, which
 * defines every parameter, then Sichuan's, Bazhong's and Bazhou's values.
 */
public final class EligibilityPolicyResources implements PolicyResources {
  private static final ImmutableList<String> FILES =
      ImmutableList.of("national.yaml", "sichuan.yaml", "bazhong.yaml", "bazhou.yaml");

  @Override
  public List<String> files() {
    return FILES;
  }

  @Override
  public InputStream open(String file) throws IOException {
    InputStream in = getClass().getResourceAsStream(file);
    if (in == null) {
      throw new FileNotFoundException("no shipped parameter file " + file);
    }
    return in;
  }
}
