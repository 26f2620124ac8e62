package be.permits.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/** The report's sections on the sustained run of the whole suite and on the pages under load. */
final class LongRunReport {
  private LongRunReport() {}

  static void sustained(StringBuilder out, List<SustainedRun.Attempt> attempts, double ceiling) {
    out.append("\n## The whole suite, sustained\n\n");
    if (attempts.isEmpty()) {
      out.append("Not run.\n");
      return;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Create + submit at one rate for %s, starting from the highest stepped rate that was"
                + " not saturated and lowering it by a third until it holds. A rate holds when"
                + " every arrival is answered well, at least 95 %% go through, and everything"
                + " left when the arrivals stop (events not relayed, records not yet read by a"
                + " consumer, submissions without their review case, events without their ledger"
                + " entry, emails not yet accepted by"
                + " SMTP) is done within %d s, which a backlog that grew through the run could"
                + " not do. Delays run from the application's submit to its case opening and to"
                + " the first email about it accepted by SMTP. \"Commits/s\" counts every"
                + " transaction of the suite's PostgreSQL (all three databases) over the run,"
                + " beside the ceiling of %,.0f/s.%n%n",
            words(attempts.get(0).duration()),
            attempts.get(0).drainLimit().toSeconds(),
            ceiling));
    out.append(
        "| offered /s | achieved /s | submitted | cases | with email | largest backlog"
            + " | left at end | drained in | to case p50 / p99 ms | to first email p50 / p99 ms"
            + " | commits/s (share of ceiling) | holds |\n");
    out.append("|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|\n");
    for (SustainedRun.Attempt a : attempts) {
      SuiteState.Delays d = a.delays();
      out.append(
          String.format(
              Locale.ROOT,
              "| %.0f | %.1f | %,d | %,d | %,d | %s | %s | %s | %s | %s | %,.0f (%.1f %%) | %s |%n",
              a.step().offered(),
              a.step().achieved(),
              d.submitted(),
              d.opened(),
              d.emailed(),
              backlog(a.largest()),
              backlog(a.atEnd()),
              a.drained() == null
                  ? "not within " + a.drainLimit().toSeconds() + " s"
                  : String.format(Locale.ROOT, "%.1f s", a.drained().toMillis() / 1000.0),
              percentiles(d.toCase()),
              percentiles(d.toEmail()),
              a.commitsPerSecond(),
              100 * a.commitsPerSecond() / ceiling,
              a.sustained() ? "yes" : "no"));
    }
    Optional<SustainedRun.Attempt> held =
        attempts.stream().filter(SustainedRun.Attempt::sustained).findFirst();
    out.append('\n')
        .append(
            held.map(
                    a ->
                        String.format(
                            Locale.ROOT,
                            "**Sustained: %.0f submissions/s** for %s, with %,.0f commits/s"
                                + " (%.1f %% of the ceiling).%n",
                            a.step().offered(),
                            words(a.duration()),
                            a.commitsPerSecond(),
                            100 * a.commitsPerSecond() / ceiling))
                .orElse("**No rate tried held.**\n"));
  }

  static void pages(StringBuilder out, PageLoad.Result result) {
    out.append("\n## Pages with ").append(result.users()).append(" people signed in\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%d people signed in through Keycloak's login form (three reviewers, from the eight"
                + " demo reviewer accounts, for every two applicants), each with a session of its"
                + " own, read pages through the entry point for %s: a page, 0.5 to 1.5 s to read"
                + " it, the next. Reviewers alternate their desk queue and the first case it lists;"
                + " applicants reload their dashboard. The data is what the runs above left"
                + " (thousands of applications). Latency is each whole answer, measured by the"
                + " reader (closed model: a slow page delays that person's next one). Signing"
                + " everyone in took %.1f s.%n%n",
            result.users(),
            words(result.duration()),
            result.signInTime().toMillis() / 1000.0));
    out.append("| page | requests | p50 ms | p99 ms | max ms | wrong answers |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    for (PageLoad.PageFigures p : result.pages()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.1f | %.1f | %.1f | %d |%n",
              p.page(),
              p.requests(),
              p.p50Millis(),
              p.p99Millis(),
              p.maxMillis(),
              p.failed()));
    }
  }

  private static String backlog(SuiteState.Backlog b) {
    if (b.empty()) {
      return "none";
    }
    return String.format(
        Locale.ROOT,
        "%,d events to relay, %,d to read, %,d cases, %,d ledger entries, %,d emails",
        b.unrelayed(),
        b.unread(),
        b.withoutCase(),
        b.withoutLedgerEntry(),
        b.emailsPending());
  }

  private static String percentiles(Histogram millis) {
    if (millis.getTotalCount() == 0) {
      return "none";
    }
    return String.format(
        Locale.ROOT, "%,d / %,d", millis.getValueAtPercentile(50), millis.getValueAtPercentile(99));
  }

  private static String words(java.time.Duration duration) {
    return duration.toSeconds() % 60 == 0
        ? duration.toMinutes() + " min"
        : duration.toSeconds() + " s";
  }
}
