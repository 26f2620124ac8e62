package be.permits.review.api;

import be.permits.review.domain.RoutingRules;
import be.permits.review.service.RoutingRulesSource;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The routing rules in force, for administrators. */
@Path("/api/admin/routing-rules")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RoutingRulesResource {
  @Inject RoutingRulesSource rules;

  @GET
  @Operation(summary = "The routing rules and statutory deadlines in force, with their version")
  @APIResponse(responseCode = "200", description = "The rules")
  public RoutingRules current() {
    return rules.current();
  }
}
