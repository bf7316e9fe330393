package org.jingzhun.core.policy;

/** The small planted book of {@link PolicyBookTest}, for other tests. */
public final class PolicyBookTestFixture {
  private PolicyBookTestFixture() {}

  public static PolicyBook book() {
    return PolicyBookTest.book();
  }
}
