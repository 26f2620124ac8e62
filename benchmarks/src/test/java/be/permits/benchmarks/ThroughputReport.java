package be.permits.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's report, in Markdown: the machine, the ceiling, then each rate beside it. */
final class ThroughputReport {
  private ThroughputReport() {}

  static String render(
      SuiteBenchmark.Machine machine,
      Instant began,
      Duration stepTime,
      double ceilingOne,
      double ceilingSixteen,
      List<OpenModelLoad.Step> steps,
      double kneeP99Millis) {
    StringBuilder out = new StringBuilder();
    out.append("# Throughput of the suite beside the machine's own limit\n\n");
    out.append("Written by `SuiteBenchmark` (`benchmarks/`), run ")
        .append(began.truncatedTo(ChronoUnit.SECONDS))
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
            stepTime.toSeconds(),
            kneeP99Millis));
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
    out.append(
        "\nNot measured yet (issue #16): the whole suite sustained for five minutes (cases"
            + " opened, ledger entries, emails accepted), pages under 50 signed-in users, and each"
            + " service's start time and memory.\n");
    return out.toString();
  }
}
