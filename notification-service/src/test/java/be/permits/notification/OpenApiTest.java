package be.permits.notification;

import be.permits.testsupport.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest implements OpenApiContract {}
