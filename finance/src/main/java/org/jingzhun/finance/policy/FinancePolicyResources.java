package org.jingzhun.finance.policy;

import org.jingzhun.finance.subsidy.SubsidyParameters;
import org.jingzhun.finance.risk.AgreementKeys;
import org.jingzhun.finance.revolving.RevolvingParameters;
import org.jingzhun.finance.medicalfund.MedicalFundRules;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.LprTenor;
import java.util.ArrayList;
import java.util.Arrays;
import org.jingzhun.core.policy.ParameterKey;
import com.google.common.collect.ImmutableList;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jingzhun.core.policy.PolicyResources;

/** 金融政策参数文件 — ships the finance parameter files to {@code PolicyBook.shipped()}. */
public final class FinancePolicyResources implements PolicyResources {
  private static final ImmutableList<String> FILES = ImmutableList.of("loans.yaml", "funds.yaml", "programmes.yaml", "medical-fund.yaml");

  /** The module's parameters with their types, checked against the files when the book loads. */
  @Override
  public List<ParameterKey<?>> keys() {
    List<ParameterKey<?>> keys = new ArrayList<>(SubsidyParameters.keys());
    keys.addAll(AgreementKeys.keys());
    keys.addAll(RevolvingParameters.keys());
    keys.addAll(ParameterKey.declaredIn(MedicalFundRules.class));
    Arrays.stream(BenchmarkTerm.values()).map(BenchmarkTerm::parameter).forEach(keys::add);
    Arrays.stream(LprTenor.values()).map(LprTenor::parameter).forEach(keys::add);
    return List.copyOf(keys);
  }

  /** The module's parameter files, in load order. */
  @Override
  public List<String> files() {
    return FILES;
  }

  @Override
  public InputStream open(String file) throws IOException {
    InputStream in = getClass().getResourceAsStream(file);
    if (in == null) {
      throw new FileNotFoundException("finance parameter file " + file + " is not in the module");
    }
    return in;
  }
}
