package be.permits.support.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The service's data files (routing rules, procedures, fee schedules): a file path if such a file
 * exists, so that an installation replaces them without a build, otherwise the resource that ships
 * with the service.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * @throws IllegalStateException if there is neither such a file nor such a resource
   */
  public static InputStream open(String location, String what) throws IOException {
    Path file = Path.of(location);
    InputStream in =
        Files.isRegularFile(file)
            ? Files.newInputStream(file)
            : Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new IllegalStateException("No " + what + " at " + location);
    }
    return in;
  }
}
