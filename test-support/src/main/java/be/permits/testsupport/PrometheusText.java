package be.permits.testsupport;

import java.util.OptionalDouble;

/** Reads figures from a Prometheus text exposition, as a scraper would. */
public final class PrometheusText {
  private PrometheusText() {}

  /**
   * The sum of the samples of {@code metric} whose labels include each {@code label="value"} pair
   * given; empty if no sample matches.
   *
   * @param labels pairs of label name and value
   */
  public static OptionalDouble value(String exposition, String metric, String... labels) {
    double sum = 0;
    boolean found = false;
    for (String line : exposition.split("\n")) {
      if (line.startsWith("#") || !sampleOf(line, metric)) {
        continue;
      }
      boolean labelled = line.charAt(metric.length()) == '{';
      String labelPart = labelled ? line.substring(metric.length(), line.indexOf('}')) : "";
      boolean matches = true;
      for (int i = 0; i + 1 < labels.length; i += 2) {
        matches &= labelPart.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
      }
      if (matches) {
        // "name{labels} value [timestamp] [# {exemplar labels} value]": the value follows.
        String rest = line.substring(metric.length() + labelPart.length() + (labelled ? 1 : 0));
        sum += Double.parseDouble(rest.trim().split(" ")[0]);
        found = true;
      }
    }
    return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
  }

  /** The value, or 0 when the metric has no sample yet (a counter never incremented). */
  public static double valueOrZero(String exposition, String metric, String... labels) {
    return value(exposition, metric, labels).orElse(0);
  }

  private static boolean sampleOf(String line, String metric) {
    return line.startsWith(metric + "{") || line.startsWith(metric + " ");
  }
}
