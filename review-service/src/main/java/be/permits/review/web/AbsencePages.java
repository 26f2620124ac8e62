package be.permits.review.web;

import be.permits.review.service.AbsenceViews;
import be.permits.review.service.Absences;
import be.permits.review.service.StepAssignment;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Absences on the desk: a reviewer declares theirs with a delegate and ends it; everyone of the
 * agency sees who is away. The agency's lead sees each reviewer's load and hands steps over. Plain
 * forms and redirects.
 */
@Path("/desk")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class AbsencePages {
  static final Set<String> DONE = Set.of("declared", "ended", "handed");

  @Inject CurrentCaller caller;
  @Inject Absences absences;
  @Inject AbsenceViews views;
  @Inject StepAssignment assignment;
  @Inject PageContext page;
  @Inject Clock clock;

  /** The absences page as its template needs it. */
  public record AbsencePage(
      List<AbsenceViews.AbsenceRow> absences,
      List<Option> colleagues,
      FormState form,
      String refusal,
      String done) {}

  /** The lead's page as its template needs it. */
  public record TeamPage(
      AbsenceViews.Team team,
      List<Option> colleagues,
      String agency,
      String refusal,
      String done) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance absences(AbsencePage view);

    static native TemplateInstance team(TeamPage view);
  }

  @GET
  @Path("/absences")
  @Operation(hidden = true)
  public TemplateInstance absences(@RestQuery String done) {
    return render(FormState.empty(), null, done != null && DONE.contains(done) ? done : null);
  }

  @POST
  @Path("/absences")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response declare(MultivaluedMap<String, String> posted) {
    Map<String, List<String>> typed = new LinkedHashMap<>(posted);
    typed.remove("csrf");
    FormState form = FormState.posted(typed);
    LocalDate from = form.date("from");
    LocalDate to = form.date("to");
    String delegate = form.text("assignee");
    if (from == null) {
      form.reject("from", "required", null);
    }
    if (to == null) {
      form.reject("to", "required", null);
    }
    if (delegate == null) {
      form.reject("assignee", "required", null);
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(render(form, null, null)).build();
    }
    try {
      absences.declare(caller.get(), new Absences.Declaration(from, to, delegate));
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      e.errors().forEach(err -> reject(form, err, from));
      return Response.status(form.hasProblems() ? 422 : 409)
          .entity(render(form, form.hasProblems() ? null : e.code(), null))
          .build();
    }
    return Response.seeOther(URI.create("/desk/absences?done=declared")).build();
  }

  @POST
  @Path("/absences/{id}/end")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response end(@PathParam("id") UUID id) {
    try {
      absences.end(caller.get(), id);
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      return Response.status(409).entity(render(FormState.empty(), e.code(), null)).build();
    }
    return Response.seeOther(URI.create("/desk/absences?done=ended")).build();
  }

  @GET
  @Path("/team")
  @RolesAllowed(Roles.LEAD)
  @Operation(hidden = true)
  public TemplateInstance team(@RestQuery String done) {
    return renderTeam(null, done != null && DONE.contains(done) ? done : null);
  }

  /** The lead hands an open step to another reviewer of the agency. */
  @POST
  @Path("/team/handovers")
  @RolesAllowed(Roles.LEAD)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response handOver(MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    UUID caseId = idIn(form.value("case"));
    UUID stepId = idIn(form.value("step"));
    String assignee = form.text("assignee");
    if (assignee == null) {
      return Response.status(422).entity(renderTeam("choose-colleague", null)).build();
    }
    try {
      assignment.reassign(caller.get(), caseId, stepId, assignee);
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      return Response.status(e.errors().isEmpty() ? 409 : 422)
          .entity(renderTeam(e.errors().isEmpty() ? e.code() : "choose-colleague", null))
          .build();
    }
    return Response.seeOther(URI.create("/desk/team?done=handed")).build();
  }

  /** The service's refusal of a field, said on the form's field. */
  private void reject(FormState form, Refusal.FieldError error, LocalDate from) {
    switch (error.field()) {
      case "firstDay" -> form.reject("from", "min", page.date(SuiteTime.today(clock)));
      case "lastDay" ->
          form.reject(
              "to",
              error.reason().startsWith("more") ? "max" : "date_order",
              page.date(from.plusDays(Absences.MOST_DAYS - 1L)));
      default -> form.reject("assignee", "choice", null);
    }
  }

  private static UUID idIn(String value) {
    try {
      return UUID.fromString(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound();
    }
  }

  private TemplateInstance render(FormState form, String refusal, String done) {
    Caller me = caller.get();
    return page.render(
        Templates.absences(
            new AbsencePage(
                views.ofAgency(me),
                colleagues(me).stream().filter(o -> !o.value().equals(me.subject())).toList(),
                form,
                refusal,
                done)));
  }

  private TemplateInstance renderTeam(String refusal, String done) {
    Caller me = caller.get();
    AbsenceViews.Team team = views.team(me);
    // Steps go to reviewers who are here today.
    Set<String> away =
        team.reviewers().stream()
            .filter(r -> r.awayUntil() != null)
            .map(AbsenceViews.Load::subject)
            .collect(java.util.stream.Collectors.toSet());
    List<Option> here = colleagues(me).stream().filter(o -> !away.contains(o.value())).toList();
    return page.render(
        Templates.team(
            new TeamPage(
                team, here, me.agency() == null ? "" : me.agency().name(), refusal, done)));
  }

  private List<Option> colleagues(Caller me) {
    return assignment.colleagues(me).stream()
        .filter(r -> r.name() != null)
        .map(r -> new Option(r.subject(), r.name()))
        .toList();
  }
}
