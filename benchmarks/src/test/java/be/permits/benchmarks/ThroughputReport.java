package be.permits.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The benchmark's report, in Markdown: the machine, the ceiling, then each rate beside it. */
final class ThroughputReport {
  private ThroughputReport() {}

  /** Everything one run measured. */
  record Figures(
      Measured.Machine machine,
      Instant began,
      Duration stepTime,
      double ceilingOne,
      double ceilingSixteen,
      List<OpenModelLoad.Step> steps,
      List<Map<String, Double>> cpuPerSubmission,
      double kneeP99Millis,
      Overload.Burst burst,
      List<SustainedRun.Attempt> sustained,
      PageLoad.Result pages,
      List<SuiteBenchmark.Footprint> footprints) {}

  static String render(Figures figures) {
    Measured.Machine machine = figures.machine();
    double ceilingOne = figures.ceilingOne();
    double ceilingSixteen = figures.ceilingSixteen();
    List<OpenModelLoad.Step> steps = figures.steps();
    List<Map<String, Double>> cpuPerSubmission = figures.cpuPerSubmission();
    Overload.Burst burst = figures.burst();
    StringBuilder out = new StringBuilder();
    out.append("# Throughput of the suite beside the machine's own limit\n\n");
    out.append("Written by `SuiteBenchmark` (`benchmarks/`), run ")
        .append(figures.began().truncatedTo(ChronoUnit.SECONDS))
        .append(". Regenerate: `./mvnw -B install -DskipTests && ")
        .append("./mvnw -B verify -pl benchmarks -Dbenchmark.full=true`.\n\n");
    out.append("## Machine\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "- %d cores, %.1f GiB of memory; the load generator runs on the same machine.%n"
                + "- %s; PostgreSQL %s, `synchronous_commit=%s`.%n"
                + "- The suite as the local run starts it (durable PostgreSQL, Kafka, Keycloak,"
                + " SMTP catcher, three services); the per-person API limit is lifted, since one"
                + " applicant makes all the load.%n%n",
            machine.cores(),
            machine.memoryBytes() / (1024.0 * 1024 * 1024),
            machine.runtime(),
            machine.postgres(),
            machine.synchronousCommit()));
    out.append("## The raw limit: durable commits of the same PostgreSQL\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Single-row INSERT then COMMIT through JDBC: **%,.0f commits/s** with 1 connection,"
                + " **%,.0f commits/s** with 16.%n%n",
            ceilingOne,
            ceilingSixteen));
    out.append("## permit-service: create + submit, open-model arrivals\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "After a warm-up that is not counted, each arrival creates the Liège hub draft and"
                + " submits it (two requests, to"
                + " permit-service's own port), at a fixed rate for %d s whatever the answers do;"
                + " latency runs from when the arrival was due (coordinated omission corrected,"
                + " HdrHistogram). The knee is the highest rate with p99 ≤ %.0f ms and no"
                + " failure. \"Share of ceiling\" is the achieved rate × 2 commits over the"
                + " 16-connection ceiling.%n%n",
            figures.stepTime().toSeconds(),
            figures.kneeP99Millis()));
    out.append(
        "| offered /s | achieved /s | p50 ms | p99 ms | max ms | failed | share of ceiling |\n");
    out.append("|---:|---:|---:|---:|---:|---|---:|\n");
    for (OpenModelLoad.Step s : steps) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %.0f | %.1f | %.1f | %.1f | %.1f | %s | %.2f %% |%n",
              s.offered(),
              s.achieved(),
              s.p50Millis(),
              s.p99Millis(),
              s.maxMillis(),
              s.failed() == 0 ? "0" : s.failed() + " " + s.failures(),
              100 * 2 * s.achieved() / ceilingSixteen));
    }
    Optional<OpenModelLoad.Step> knee =
        steps.stream().filter(SuiteBenchmark::meetsKnee).reduce((a, b) -> b);
    out.append('\n')
        .append(
            knee.map(
                    k ->
                        String.format(
                            Locale.ROOT,
                            "**Knee: %.0f submissions/s** (p99 %.1f ms), %.2f %% of the commit"
                                + " ceiling.%n",
                            k.offered(),
                            k.p99Millis(),
                            100 * 2 * k.achieved() / ceilingSixteen))
                .orElse("**No rate met the knee's condition.**\n"));
    out.append("\n### Where the CPU goes: milliseconds of CPU per submission, by service\n\n");
    out.append(
        "Each service's CPU time (user + system, from /proc) over the step and the settling"
            + " pause after it, divided by the submissions that went through: the work one"
            + " submission causes across the suite (its case, ledger entries, emails), plus the services'"
            + " own background work over that time (schedulers, polling, collection), which"
            + " weighs more at low rates.\n\n");
    List<String> names =
        cpuPerSubmission.stream().flatMap(m -> m.keySet().stream()).distinct().toList();
    out.append("| offered /s |");
    names.forEach(n -> out.append(' ').append(n).append(" |"));
    out.append("\n|---:|");
    names.forEach(n -> out.append("---:|"));
    out.append('\n');
    for (int i = 0; i < steps.size() && i < cpuPerSubmission.size(); i++) {
      if (cpuPerSubmission.get(i).isEmpty()) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "| %.0f |", steps.get(i).offered()));
      for (String n : names) {
        Double ms = cpuPerSubmission.get(i).get(n);
        out.append(ms == null ? " |" : String.format(Locale.ROOT, " %.1f |", ms));
      }
      out.append('\n');
    }
    OpenModelLoad.Step b = burst.step();
    out.append("\n## Overload: a burst at ten times that rate\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%,.0f arrivals/s for a few seconds: %,d went through (%.1f/s), p99 %.0f ms; %s."
                + " Wrong answers (5xx other than 503, or 503/429 without Retry-After): **%d**. Applications"
                + " left half written (submitted without reference, first revision or event):"
                + " **%d** of %,d.%n",
            b.offered(),
            b.succeeded(),
            b.achieved(),
            b.p99Millis(),
            b.failures().isEmpty() ? "none was refused" : "the rest were answered " + b.failures(),
            burst.serverErrors(),
            burst.halfWritten(),
            burst.applications()));
    LongRunReport.sustained(out, figures.sustained(), ceilingSixteen);
    LongRunReport.pages(out, figures.pages());
    out.append("\n## Start-up and memory of each service\n\n");
    out.append(
        "From the process's start to its first ready answer (`/q/health/ready`, polled every"
            + " 100 ms): at the suite's first start (the machine busy starting everything, and, where"
            + " the services run on a JDK 25, recording their start-up cache), and when the service"
            + " is stopped and started again on a quiet machine (with the cache where there is one)."
            + " Resident memory after the warm-up. "
            + figures.machine().serviceJava()
            + "\n\n");
    out.append(
        "| service | first start s | started again s | resident MB |\n|---|---:|---:|---:|\n");
    for (SuiteBenchmark.Footprint f : figures.footprints()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %s | %s |%n",
              f.service(),
              f.startup().toMillis() / 1000.0,
              f.restart() == null
                  ? "not measured"
                  : String.format(Locale.ROOT, "%.1f", f.restart().toMillis() / 1000.0),
              f.residentBytes() < 0
                  ? "unknown"
                  : String.format(Locale.ROOT, "%.0f", f.residentBytes() / (1024.0 * 1024))));
    }
    return out.toString();
  }
}
