package be.permits.permit;

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
 * Generated input against every operation of permit-service's OpenAPI document, as an applicant
 * with drafts of their own: no 5xx, no stack trace, class name or SQL in any answer. CI runs it for
 * {@code fuzz.seconds} (20 s); the README gives the ten-minute run. A finding names its seed.
 */
@QuarkusTest
class FuzzTest {
  static final String FUZZER =
      TestTokens.token(
          "fuzzer", Set.of("applicant"), Map.of("organisation", "fuzz-co", "locale", "nl"));

  @Test
  void everyOperationAnswersGeneratedInputWithoutA5xxOrALeak() {
    String draft = Applicants.createDraft(FUZZER, Samples.liegeHub());
    String submitted = Applicants.createDraft(FUZZER, Samples.liegeHub());
    Applicants.submit(FUZZER, submitted).statusCode(200);
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    List<OpenApiFuzzer.Finding> findings =
        new OpenApiFuzzer(
                seed,
                () -> FUZZER,
                Map.of("id", () -> Math.random() < 0.5 ? draft : submitted, "number", () -> "1"))
            .run(Duration.ofSeconds(Long.getLong("fuzz.seconds", 20)));
    assertEquals(List.of(), findings, "seed " + seed);
  }
}
