package be.permits.review.web;

import be.permits.review.service.PublicTimetables;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An application's public timetable, without login, in the reader's language. */
@Path("/timetables")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class TimetablePages {
  @Inject PublicTimetables timetables;
  @Inject PageContext page;

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
}
