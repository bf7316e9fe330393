package org.jingzhun.planning.ledger;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyResources;

/** 账目参数文件 — ships the household ledger's parameter file (the funds and what each pays). */
public final class LedgerPolicyResources implements PolicyResources {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public LedgerPolicyResources() {
    // nothing to set up
  }

  @Override
  public List<String> files() {
    return List.of("ledger.yaml");
  }

  /** The ledger's table parameters with their types, bound when the book loads. */
  @Override
  public List<ParameterKey<?>> keys() {
    return List.of(LedgerFunding.FUNDS, LedgerFunding.FUNDING);
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
