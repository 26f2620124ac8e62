package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.testsupport.OpenApiFuzzer;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated input against every operation of review-service's OpenAPI document, as a caller who is
 * reviewer, auditor and administrator at once, on a real case: no 5xx, no stack trace, class name
 * or SQL in any answer. A finding names its seed.
 */
@QuarkusTest
class FuzzTest {
  static final String FUZZER =
      TestTokens.token(
          "fuzzer",
          Set.of("reviewer", "auditor", "admin"),
          Map.of("agency", "urban-planning", "locale", "de"));

  @Test
  void everyOperationAnswersGeneratedInputWithoutA5xxOrALeak() {
    Cases.OpenCase c = Cases.localWarehouse();
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    List<OpenApiFuzzer.Finding> findings =
        new OpenApiFuzzer(
                seed,
                () -> FUZZER,
                Map.of(
                    "id", () -> c.caseId().toString(),
                    "caseId", () -> c.caseId().toString(),
                    "stepId", () -> c.stepId().toString()))
            .run(Duration.ofSeconds(Long.getLong("fuzz.seconds", 20)));
    assertEquals(List.of(), findings, "seed " + seed);
  }
}
