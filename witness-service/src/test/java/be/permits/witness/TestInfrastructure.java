package be.permits.witness;

import be.permits.testsupport.KafkaTestResource;
import be.permits.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real PostgreSQL and Kafka for every test of the witness (it has no API, so no tokens). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
