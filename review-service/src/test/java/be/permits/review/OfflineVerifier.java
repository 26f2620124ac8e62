package be.permits.review;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * tools/VerifyLedgerExport.java, the auditors' dependency-free verifier, compiled once and called
 * in this JVM: a thousand verifications would take minutes as processes.
 */
final class OfflineVerifier {
  private static Method verify;

  private OfflineVerifier() {}

  static synchronized String verify(List<String> lines, List<String> keys) {
    try {
      if (verify == null) {
        Path tool =
            Path.of(System.getProperty("suite.home", ".."))
                .resolve("tools/VerifyLedgerExport.java")
                .toAbsolutePath()
                .normalize();
        Path classes = Files.createTempDirectory("verifier");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", classes.toString(), tool.toString()) != 0) {
          throw new IllegalStateException("tools/VerifyLedgerExport.java does not compile");
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        verify = loader.loadClass("VerifyLedgerExport").getMethod("verify", List.class, List.class);
      }
      return (String) verify.invoke(null, lines, keys);
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
