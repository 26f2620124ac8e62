package be.permits.witness;

import be.permits.testsupport.HealthChecksContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthChecksTest implements HealthChecksContract {}
