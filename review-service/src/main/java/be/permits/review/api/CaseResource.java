package be.permits.review.api;

import be.permits.review.api.CaseViews.CaseSummary;
import be.permits.review.api.CaseViews.CaseView;
import be.permits.review.service.CaseQueries;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review cases, as the caller's agency may see them. */
@Path("/api/cases")
@Tag(name = "Cases")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
  @Inject CaseQueries cases;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "Cases in which my agency has a step, nearest deadline first")
  @APIResponse(responseCode = "200", description = "Cases with my agency's step")
  public List<CaseSummary> list(
      @QueryParam("reference") @Pattern(regexp = "PA-[0-9]{4}-[0-9]{6}") String reference,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return cases.casesOf(caller.get().agency(), reference, limit);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One case, with every step and the revision under review")
  @APIResponse(responseCode = "200", description = "The case")
  public CaseView get(@PathParam("id") UUID id) {
    return cases.caseFor(caller.get().agency(), id);
  }
}
