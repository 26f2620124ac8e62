package be.permits.notification;

import be.permits.testsupport.KafkaTestResource;
import be.permits.testsupport.PostgresTestResource;
import be.permits.testsupport.SmtpTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real PostgreSQL, Kafka, SMTP and a signing OIDC server for every test of this service. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
