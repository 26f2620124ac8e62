package be.permits.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.util.Map;

/** Starts a fresh PostgreSQL for a service's tests and points the datasource at it. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedPostgresServer server;

  @Override
  public Map<String, String> start() {
    server = EmbeddedPostgresServer.start(new File("target/embedded-postgres"), 0, false);
    return Map.of(
        "quarkus.datasource.jdbc.url",
        server.jdbcUrl("postgres"),
        "quarkus.datasource.username",
        EmbeddedPostgresServer.USER,
        "quarkus.datasource.password",
        "");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
