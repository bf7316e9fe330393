package org.jingzhun.planning.ledger;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyResources;

/**
 * 规划参数文件 — ships planning's parameter files: the household ledger's (the funds and what each
 * pays) and the targets' (the share of poor labourers to hold a practical skill).
 */
public final class LedgerPolicyResources implements PolicyResources {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public LedgerPolicyResources() {
    // nothing to set up
  }

  @Override
  public List<String> files() {
    return List.of("ledger.yaml", "targets.yaml");
  }

  /** Planning's parameters with their types, bound when the book loads. */
  @Override
  public List<ParameterKey<?>> keys() {
    return List.of(LedgerFunding.FUNDS, LedgerFunding.FUNDING, org.jingzhun.planning.target.SkillTarget.SHARE);
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
