package be.permits.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Signed-in people reading the pages at once, each as a person does: a page, a moment to read it
 * (0.5 to 1.5 s), the next page. Reviewers alternate between their desk queue and the first case it
 * lists (chosen at sign-in); applicants reload their dashboard. Every request goes through the
 * entry point with the person's own session, as a browser's would; latency is each page's whole
 * answer.
 */
final class PageLoad {
  private static final Pattern CASE_LINK = Pattern.compile("/desk/cases/([0-9a-f-]{36})");

  /** Reviewers of every agency the Liège hub is routed to, and both demo applicants. */
  private static final List<String> REVIEWERS =
      // Colette's queue holds every new file (its completeness check) in the sustained run.
      List.of("colette", "urbain", "elise", "carl", "sophie", "simon", "dana", "farid", "fiona");

  private static final List<String> APPLICANTS = List.of("alice", "bob");

  private PageLoad() {}

  /** What one page gave: its latency histogram (microseconds) and the answers that were wrong. */
  record PageFigures(String page, Histogram latencyMicros, long requests, long failed) {
    double p50Millis() {
      return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
      return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    double maxMillis() {
      return latencyMicros.getMaxValue() / 1000.0;
    }
  }

  /** The run: how many people, for how long, and each page's figures. */
  record Result(int users, Duration duration, Duration signInTime, List<PageFigures> pages) {}

  static final String QUEUE = "desk queue";
  static final String CASE = "case page";
  static final String DASHBOARD = "applicant dashboard";

  /** Signs in {@code users} people (three reviewers for two applicants), then runs them. */
  static Result run(HttpClient http, String origin, int users, Duration duration) throws Exception {
    Map<String, Histogram> latency = new LinkedHashMap<>();
    Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
    for (String page : List.of(QUEUE, CASE, DASHBOARD)) {
      latency.put(page, new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3));
      requests.put(page, new AtomicLong());
      failed.put(page, new AtomicLong());
    }
    long signInStart = System.nanoTime();
    List<Runnable> people = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      boolean reviewer = i % 5 < 3;
      if (reviewer) {
        String name = REVIEWERS.get((i / 5 * 3 + i % 5) % REVIEWERS.size());
        SignedInSession session = SignedInSession.signIn(http, origin, "/desk", name);
        Matcher link = CASE_LINK.matcher(session.get("/desk").body());
        String casePage = link.find() ? "/desk/cases/" + link.group(1) : null;
        people.add(
            () -> {
              measure(session, "/desk", QUEUE, latency, requests, failed);
              if (casePage != null) {
                think();
                measure(session, casePage, CASE, latency, requests, failed);
              }
            });
      } else {
        String name = APPLICANTS.get(i % APPLICANTS.size());
        SignedInSession session = SignedInSession.signIn(http, origin, "/applications", name);
        people.add(() -> measure(session, "/applications", DASHBOARD, latency, requests, failed));
      }
    }
    Duration signInTime = Duration.ofNanos(System.nanoTime() - signInStart);
    long end = System.nanoTime() + duration.toNanos();
    CountDownLatch done = new CountDownLatch(people.size());
    List<Thread> threads = new ArrayList<>();
    for (Runnable person : people) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    person.run();
                    think();
                  }
                } finally {
                  done.countDown();
                }
              },
              "page-reader");
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    if (!done.await(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
      threads.forEach(Thread::interrupt);
    }
    List<PageFigures> figures = new ArrayList<>();
    latency.forEach(
        (page, histogram) ->
            figures.add(
                new PageFigures(
                    page, histogram, requests.get(page).get(), failed.get(page).get())));
    return new Result(users, duration, signInTime, figures);
  }

  /** One page, timed; a wrong answer (not 200, or the login form again) counts as failed. */
  private static void measure(
      SignedInSession session,
      String path,
      String page,
      Map<String, Histogram> latency,
      Map<String, AtomicLong> requests,
      Map<String, AtomicLong> failed) {
    long start = System.nanoTime();
    boolean ok;
    try {
      HttpResponse<String> answer = session.get(path);
      ok = answer.statusCode() == 200 && !answer.body().contains("kc-form-login");
    } catch (Exception e) {
      ok = false;
    }
    Histogram histogram = latency.get(page);
    histogram.recordValue(
        Math.min((System.nanoTime() - start) / 1000, histogram.getHighestTrackableValue()));
    requests.get(page).incrementAndGet();
    if (!ok) {
      failed.get(page).incrementAndGet();
    }
  }

  /** A person reading what the page shows: half a second to a second and a half. */
  private static void think() {
    try {
      TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(500, 1500));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
