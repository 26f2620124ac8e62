package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.support.time.SuiteTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Absences declared at once by real concurrent callers never leave work with nobody. */
@QuarkusTest
class AbsenceRacesTest {
  @Inject MovableClock clock;

  /** Two reviewers who name each other at once: one goes away, the other stays and stands in. */
  @Test
  void twoReviewersNamingEachOtherAtOnceNeverAreBothAway() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String one = AbsenceTest.subject("one" + round);
        String two = AbsenceTest.subject("two" + round);
        String oneToken = AbsenceTest.reviewer("one" + round);
        String twoToken = AbsenceTest.reviewer("two" + round);
        AbsenceTest.known(oneToken);
        AbsenceTest.known(twoToken);
        LocalDate first = SuiteTime.today(clock).plusDays(20);
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String[] pair : new String[][] {{oneToken, two}, {twoToken, one}}) {
          answers.add(
              pool.submit(
                  () -> {
                    barrier.await();
                    return AbsenceTest.declare(pair[0], first, first.plusDays(3), pair[1])
                        .extract()
                        .statusCode();
                  }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          statuses.add(answer.get());
        }
        assertEquals(Set.of(201, 409), Set.copyOf(statuses), "round " + round + ": " + statuses);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
