package be.permits.review;

import be.permits.testsupport.KafkaTestResource;
import be.permits.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL, real Kafka and a signing OIDC server for every test of this service. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
