package be.permits.benchmarks;

import be.permits.localrun.LocalSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** What the benchmark reads of the machine and of the services' processes, outside the suite. */
final class Measured {
  private Measured() {}

  /** The CPU time each service has used so far (user and system), from /proc. */
  static Map<String, Long> cpuMillis(List<LocalSuite.RunningService> services) {
    Map<String, Long> used = new java.util.LinkedHashMap<>();
    for (LocalSuite.RunningService service : services) {
      try {
        String stat = Files.readString(Path.of("/proc/" + service.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command come state (3rd field of the file) ...; utime and stime are 14 and 15.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        used.put(service.name(), ticks * 1000 / CLOCK_TICKS_PER_SECOND);
      } catch (IOException | RuntimeException e) {
        // Not on Linux: the figure is left out.
      }
    }
    return used;
  }

  /** Linux's USER_HZ, which /proc counts CPU time in; 100 on every common build. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  /** The resident set of a process, as Linux counts it; -1 where /proc is not there. */
  static long residentBytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Reported as unknown.
    }
    return -1;
  }

  /** What the figures were measured on. */
  record Machine(
      int cores,
      long memoryBytes,
      String runtime,
      String postgres,
      String synchronousCommit,
      String serviceJava) {
    static Machine describe(String jdbc, String serviceJava) throws java.sql.SQLException {
      String version;
      String synchronous;
      try (Connection c = DriverManager.getConnection(jdbc, "postgres", "local-only");
          Statement s = c.createStatement()) {
        try (ResultSet r = s.executeQuery("SHOW server_version")) {
          r.next();
          version = r.getString(1);
        }
        try (ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
          r.next();
          synchronous = r.getString(1);
        }
      }
      long memory =
          ((com.sun.management.OperatingSystemMXBean)
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean())
              .getTotalMemorySize();
      return new Machine(
          Runtime.getRuntime().availableProcessors(),
          memory,
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          version,
          synchronous,
          serviceJava);
    }
  }
}
