package be.permits.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgencyTest {
  @Test
  void thePatternThatBoundsRequestParametersNamesExactlyTheAgencies() {
    assertEquals(
        Arrays.stream(Agency.values()).map(Enum::name).collect(Collectors.joining("|")),
        Agency.PATTERN);
  }

  @Test
  void eachAgencyIsNamedByItsTokenClaim() {
    for (Agency agency : Agency.values()) {
      assertEquals(agency, Agency.fromClaim(agency.claim()));
    }
  }
}
