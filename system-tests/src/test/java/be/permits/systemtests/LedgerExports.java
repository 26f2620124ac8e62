package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An auditor's export, checked as an outside party would: by the offline verifier alone. */
final class LedgerExports {
  private LedgerExports() {}

  /** Runs tools/VerifyLedgerExport.java on a range of the ledger: its chain holds. */
  static void assertVerifiesOffline(String export) throws IOException, InterruptedException {
    String out = verify(export, null);
    assertTrue(out.startsWith("valid: "), out);
  }

  /**
   * Runs tools/VerifyLedgerExport.java on an application's export with the key file: every entry is
   * proven against a checkpoint the witness cosigned. Answers what the verifier printed.
   */
  static String assertProvenOffline(String export, String keys)
      throws IOException, InterruptedException {
    String out = verify(export, keys);
    assertTrue(out.startsWith("valid: ") && out.contains(" proven against the checkpoint"), out);
    return out;
  }

  private static String verify(String export, String keys)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("ledger", ".jsonl");
    Path keyFile = Files.createTempFile("ledger-keys", ".txt");
    try {
      Files.writeString(file, export, StandardCharsets.UTF_8);
      Path home = Path.of(System.getProperty("suite.home", "..")).toAbsolutePath().normalize();
      java.util.List<String> command =
          new java.util.ArrayList<>(
              java.util.List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  home.resolve("tools/VerifyLedgerExport.java").toString(),
                  file.toString()));
      if (keys != null) {
        Files.writeString(keyFile, keys, StandardCharsets.UTF_8);
        command.addAll(java.util.List.of("--keys", keyFile.toString()));
      }
      Process verifier = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(verifier.waitFor(60, TimeUnit.SECONDS));
      assertEquals(out.startsWith("valid") ? 0 : 1, verifier.exitValue(), out);
      return out.strip();
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(keyFile);
    }
  }
}
