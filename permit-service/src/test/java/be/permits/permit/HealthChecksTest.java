package be.permits.permit;

import be.permits.testsupport.HealthChecksContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthChecksTest implements HealthChecksContract {}
