package org.jingzhun.eligibility.policy;

import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.dibao.TwoLinesCheck;
import org.jingzhun.eligibility.education.EducationRules;
import org.jingzhun.eligibility.housing.HousingRules;
import org.jingzhun.eligibility.housing.SettlementRules;
import org.jingzhun.eligibility.identification.SchoolAge;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.eligibility.exit.ExitStandard;
import org.jingzhun.eligibility.medical.PremiumSubsidy;
import org.jingzhun.eligibility.medical.OutpatientAid;
import org.jingzhun.eligibility.monitoring.MonitoringRules;
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

  /**
   * The module's parameters with their types, declared by the rule classes' key constants and
   * checked against the files when the book loads.
   */
  @Override
  public List<ParameterKey<?>> keys() {
    return ParameterKey.declaredIn(IdentificationRules.class, SchoolAge.class, PovertyLine.class, BatchRules.class,
        DibaoRules.class, TwoLinesCheck.class, EducationRules.class, HousingRules.class, MedicalCascade.class,
        SettlementRules.class, HouseholdExitRules.class, VillageExitRules.class, CountyExitRules.class, ExitStandard.class, ProcedureRules.class,
        LinkedIncomeTreatment.class,
        PremiumSubsidy.class, OutpatientAid.class, MonitoringRules.class);
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
