package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.review.domain.StepFigures;
import be.permits.review.domain.StepFigures.Month;
import be.permits.review.domain.StepFigures.Now;
import be.permits.review.domain.StepFigures.StepFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Every figure against a small data set whose answers are worked out by hand below. */
class StepFiguresTest {
  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();
  private static final UUID C = UUID.randomUUID();
  private static final UUID D = UUID.randomUUID();

  private static StepFact step(
      UUID kase,
      Agency agency,
      String opened,
      String decided,
      String due,
      int requests,
      int stopped) {
    return new StepFact(
        kase,
        agency,
        LocalDate.parse(opened),
        decided == null ? null : LocalDate.parse(decided),
        LocalDate.parse(due),
        requests,
        stopped,
        false);
  }

  private static final List<StepFact> STEPS =
      List.of(
          // Customs, March: 10 days on time; 28 days less 8 stopped = 20, on time, one request;
          // 25 days, two days late.
          step(A, Agency.CUSTOMS, "2026-03-01", "2026-03-11", "2026-03-15", 0, 0),
          step(B, Agency.CUSTOMS, "2026-02-20", "2026-03-20", "2026-03-25", 1, 8),
          step(C, Agency.CUSTOMS, "2026-03-05", "2026-03-30", "2026-03-28", 0, 0),
          // State security, March: 29 days less 4 stopped = 25, a day late, two requests.
          step(B, Agency.STATE_SECURITY, "2026-03-02", "2026-03-31", "2026-03-30", 2, 4),
          // Customs, February: 10 days, a day late.
          step(D, Agency.CUSTOMS, "2026-02-01", "2026-02-11", "2026-02-10", 0, 0),
          // Open on 31 March: customs' due tomorrow, state security's six days ago.
          step(C, Agency.CUSTOMS, "2026-03-20", null, "2026-04-01", 0, 0),
          step(D, Agency.STATE_SECURITY, "2026-03-10", null, "2026-03-25", 1, 0),
          // Open, its date passed, but waiting for the applicant: not overdue.
          new StepFact(
              A,
              Agency.STATE_SECURITY,
              LocalDate.parse("2026-03-01"),
              null,
              LocalDate.parse("2026-03-20"),
              1,
              12,
              true));

  @Test
  void eachMonthPerAgencyAndForAll() {
    List<Month> months = StepFigures.byMonth(STEPS);
    YearMonth march = YearMonth.of(2026, 3);
    YearMonth february = YearMonth.of(2026, 2);
    assertEquals(
        List.of(
            new Month(
                march, null, 4, 2, new BigDecimal("0.5000"), 20, 25, new BigDecimal("1.00"), 12),
            new Month(
                march,
                Agency.CUSTOMS,
                3,
                2,
                new BigDecimal("0.6667"),
                20,
                25,
                new BigDecimal("0.33"),
                8),
            new Month(
                march,
                Agency.STATE_SECURITY,
                1,
                0,
                new BigDecimal("0.0000"),
                25,
                25,
                new BigDecimal("2.00"),
                4),
            new Month(
                february, null, 1, 0, new BigDecimal("0.0000"), 10, 10, new BigDecimal("0.00"), 0),
            new Month(
                february,
                Agency.CUSTOMS,
                1,
                0,
                new BigDecimal("0.0000"),
                10,
                10,
                new BigDecimal("0.00"),
                0)),
        months);
  }

  @Test
  void openAndOverdueToday() {
    assertEquals(
        List.of(
            new Now(Agency.CUSTOMS, 1, 0),
            new Now(Agency.STATE_SECURITY, 2, 1),
            new Now(null, 3, 1)),
        StepFigures.now(STEPS, LocalDate.of(2026, 3, 31)));
  }

  @Test
  void theNearestRankPercentile() {
    assertEquals(20, StepFigures.percentile(List.of(10, 20, 25, 25), 50));
    assertEquals(25, StepFigures.percentile(List.of(10, 20, 25, 25), 90));
    assertEquals(7, StepFigures.percentile(List.of(7), 90));
    assertEquals(1, StepFigures.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 10));
    assertEquals(9, StepFigures.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90));
  }

  /** At least {@code percent} % of the values are at or below it, and fewer are strictly below. */
  @Property(tries = 300)
  void thePercentileSplitsTheValuesAsItSays(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 400) Integer> values,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    List<Integer> sorted = values.stream().sorted().toList();
    int p = StepFigures.percentile(sorted, percent);
    long atOrBelow = sorted.stream().filter(v -> v <= p).count();
    long below = sorted.stream().filter(v -> v < p).count();
    assertTrue(atOrBelow * 100 >= (long) percent * sorted.size());
    assertTrue(below * 100 < (long) percent * sorted.size());
  }
}
