package be.permits.review;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * One profile for the tests of sealing that need their own setup: a timestamp authority over HTTP
 * on loopback, and limits on costly checks low enough to reach. One profile, so that the service
 * starts once for all of them.
 */
public class SealingProfile implements QuarkusTestProfile {
  /** Costly checks (a seal's verification) allowed per minute and per address. */
  static final int CHECKS_PER_MINUTE = 8;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rate-limits.costly.per-minute",
        String.valueOf(CHECKS_PER_MINUTE),
        "documents.verifications-at-once",
        "1");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(LocalTimestampAuthority.class));
  }
}
