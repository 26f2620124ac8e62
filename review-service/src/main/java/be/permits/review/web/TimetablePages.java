package be.permits.review.web;

import be.permits.review.service.PublicTimetables;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An application's timetable in the reader's language: the public one without login, and the
 * applicant's own with every milestone.
 */
@Path("/timetables")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class TimetablePages {
  @Inject PublicTimetables timetables;
  @Inject PageContext page;
  @Inject CurrentCaller caller;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance timetable(PublicTimetables.PublicTimetable timetable);
  }

  @GET
  @Path("/{reference:PA-[0-9]{4}-[0-9]{6}}")
  @Operation(hidden = true)
  public TemplateInstance timetable(@PathParam("reference") String reference) {
    return page.render(Templates.timetable(timetables.of(reference)));
  }

  /** The applicant's own timetable: every milestone, each agency's opinion among them. */
  @GET
  @Path("/{reference:PA-[0-9]{4}-[0-9]{6}}/mine")
  @RolesAllowed(Roles.APPLICANT)
  @Operation(hidden = true)
  public TemplateInstance mine(@PathParam("reference") String reference) {
    return page.render(Templates.timetable(timetables.forApplicant(caller.get(), reference)));
  }
}
