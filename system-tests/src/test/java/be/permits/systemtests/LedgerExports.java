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

  /** Runs tools/VerifyLedgerExport.java on the export and asserts that it says "valid". */
  static void assertVerifiesOffline(String export) throws IOException, InterruptedException {
    Path file = Files.createTempFile("ledger", ".jsonl");
    try {
      Files.writeString(file, export, StandardCharsets.UTF_8);
      Path home = Path.of(System.getProperty("suite.home", "..")).toAbsolutePath().normalize();
      Process verifier =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  home.resolve("tools/VerifyLedgerExport.java").toString(),
                  file.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(verifier.waitFor(60, TimeUnit.SECONDS));
      assertEquals("valid", out.strip(), out);
      assertEquals(0, verifier.exitValue());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
