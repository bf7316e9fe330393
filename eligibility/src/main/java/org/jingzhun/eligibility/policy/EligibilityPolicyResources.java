package org.jingzhun.eligibility.policy;

import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.core.policy.ParameterKey;
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

  /** The module's table parameters with their types, bound when the book loads. */
  @Override
  public List<ParameterKey<?>> keys() {
    return List.of(BatchRules.MAPPING_TABLE, DibaoRules.TIERS_TABLE, DibaoRules.ADDON_DISABILITY_TABLE,
        DibaoRules.ADDON_ILLNESS_TABLE, ProcedureRules.ENTRY_STEPS_TABLE, ProcedureRules.EXIT_STEPS_TABLE,
        IdentificationRules.DEFICIT_WEIGHTS_TABLE, MedicalCascade.CASCADE_TABLE);
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
