package be.permits.notification;

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
 * Generated input against every operation of notification-service's OpenAPI document: no 5xx, no
 * stack trace, class name or SQL in any answer. A finding names its seed.
 */
@QuarkusTest
class FuzzTest {
  static final String FUZZER =
      TestTokens.token("fuzzer", Set.of("reviewer"), Map.of("agency", "customs", "locale", "fr"));

  @Test
  void everyOperationAnswersGeneratedInputWithoutA5xxOrALeak() {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    List<OpenApiFuzzer.Finding> findings =
        new OpenApiFuzzer(seed, () -> FUZZER, Map.of())
            .run(Duration.ofSeconds(Long.getLong("fuzz.seconds", 20)));
    assertEquals(List.of(), findings, "seed " + seed);
  }
}
