package be.permits.review.api;

import be.permits.review.service.AgencyFigures;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agencies' figures, for anyone: aggregates by month and today, as JSON or CSV. */
@Path("/api/figures")
@Tag(name = "Figures")
@PermitAll
public class FigureResource {
  @Inject AgencyFigures figures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  // Anyone, without a token: an empty security requirement says so in the OpenAPI document.
  @SecurityRequirementsSet
  @Operation(
      summary =
          "The agencies' figures over the last twelve months: per month of decision, steps"
              + " decided, on-time share, median and 90th-percentile days, requests per case, days"
              + " stopped; steps open and overdue today")
  @APIResponse(responseCode = "200", description = "Per agency and for all agencies")
  public AgencyFigures.Figures figures() {
    return figures.figures();
  }

  @GET
  @Path("/months.csv")
  @Produces("text/csv")
  @SecurityRequirementsSet
  @Operation(summary = "The monthly figures as CSV, one line per month and agency ('ALL': all)")
  @APIResponse(responseCode = "200", description = "RFC 4180, with a header line")
  public Response csv() {
    StringBuilder csv =
        new StringBuilder(
            "month,agency,decided,on_time,on_time_share,median_days,p90_days,requests_per_case,"
                + "stopped_days\r\n");
    for (AgencyFigures.MonthView m : figures.figures().months()) {
      csv.append(
          String.join(
              ",",
              m.month(),
              m.agency() == null ? "ALL" : m.agency().name(),
              String.valueOf(m.decided()),
              String.valueOf(m.onTime()),
              m.onTimeShare().toPlainString(),
              String.valueOf(m.medianDays()),
              String.valueOf(m.p90Days()),
              m.requestsPerCase().toPlainString(),
              String.valueOf(m.stoppedDays())));
      csv.append("\r\n");
    }
    return Response.ok(csv.toString())
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"figures.csv\"")
        .build();
  }
}
