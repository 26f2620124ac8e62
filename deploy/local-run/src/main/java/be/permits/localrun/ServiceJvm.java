package be.permits.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java that runs the services, and its start-up cache. Where a JDK 25 or newer is installed
 * (named by {@code SUITE_JAVA_HOME}, or found under {@code /usr/lib/jvm}), each service runs on it
 * with an ahead-of-time cache (JEP 483/514): the first start of a build records what the service
 * loads and links, the cache is written when the service stops, and every later start of the same
 * build uses it (about a third faster to its first answer, ADR 0016). Without such a JDK, or
 * without a cache folder, services run on the launcher's own Java as before.
 */
final class ServiceJvm {
  private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");
  private static final int AOT_CACHE_SINCE = 25;

  private final Path javaHome;
  private final boolean aotCapable;
  private final Path cacheDir;

  private ServiceJvm(Path javaHome, boolean aotCapable, Path cacheDir) {
    this.javaHome = javaHome;
    this.aotCapable = aotCapable;
    this.cacheDir = cacheDir;
  }

  /**
   * @param cacheDir where start-up caches live between runs; null for a throwaway run (tests),
   *     which would pay for recording a cache it never uses
   */
  static ServiceJvm choose(Path cacheDir) {
    Path launcher = Path.of(System.getProperty("java.home"));
    if (cacheDir == null) {
      return new ServiceJvm(launcher, false, null);
    }
    Optional<Path> recent =
        Optional.ofNullable(System.getenv("SUITE_JAVA_HOME"))
            .map(Path::of)
            .filter(home -> majorVersion(home) >= AOT_CACHE_SINCE)
            .or(ServiceJvm::installedRecentJdk);
    return recent
        .map(home -> new ServiceJvm(home, true, cacheDir))
        .orElseGet(() -> new ServiceJvm(launcher, false, null));
  }

  /** In words, for the log and the benchmark's report. */
  String describe() {
    return aotCapable
        ? "The services run on JDK "
            + majorVersion(javaHome)
            + " ("
            + javaHome
            + ") with an ahead-of-time cache per build in "
            + cacheDir
            + "."
        : "The services run on "
            + javaHome
            + " (Java "
            + System.getProperty("java.version")
            + "), without a start-up cache.";
  }

  String javaBinary() {
    return javaHome.resolve("bin/java").toString();
  }

  /**
   * The options that use the cache of this build of the service ({@code app} is its {@code
   * quarkus-app} folder), or that record it when there is none yet.
   */
  List<String> cacheOptions(String service, Path app, List<String> jvmOptions) {
    if (!aotCapable) {
      return List.of();
    }
    Path cache = cacheDir.resolve(service + "-" + fingerprint(javaHome, app, jvmOptions) + ".aot");
    if (Files.isRegularFile(cache)) {
      return List.of("-XX:AOTCache=" + cache);
    }
    try {
      Files.createDirectories(cacheDir);
      // Caches of earlier builds of this service can never be used again.
      try (Stream<Path> old = Files.list(cacheDir)) {
        List<Path> stale =
            old.filter(p -> p.getFileName().toString().startsWith(service + "-")).toList();
        for (Path earlier : stale) {
          Files.deleteIfExists(earlier);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of("-XX:AOTCacheOutput=" + cache);
  }

  /** Whether a service that stops now writes its cache first (which takes about ten seconds). */
  boolean recordsOnStop(List<String> options) {
    return options.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput="));
  }

  /**
   * Names one build on one JDK with one set of options: the JDK's release, the JVM's options, and
   * every file of the service's {@code quarkus-app} with its size and time. The JVM refuses (or
   * uses only part of) a cache made by another JDK, for other jars or with another collector; a new
   * name makes a new cache instead.
   */
  static String fingerprint(Path javaHome, Path app, List<String> jvmOptions) {
    try (Stream<Path> files = Files.walk(app)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(javaHome.resolve("release")));
      digest.update(String.join(" ", jvmOptions).getBytes(StandardCharsets.UTF_8));
      List<Path> sorted = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
      for (Path file : sorted) {
        if (file.getFileName().toString().endsWith(".jsa")) {
          continue;
        }
        String line =
            app.relativize(file)
                + " "
                + Files.size(file)
                + " "
                + Files.getLastModifiedTime(file).toMillis()
                + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  private static Optional<Path> installedRecentJdk() {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> majorVersion(home) >= AOT_CACHE_SINCE)
          .max((a, b) -> Integer.compare(majorVersion(a), majorVersion(b)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The JDK's major version from its {@code release} file; 0 when it cannot be read. */
  static int majorVersion(Path home) {
    try {
      Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
