package be.permits.review.web;

import be.permits.review.domain.ReviewNote;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseQueries;
import be.permits.review.service.CaseQueries.ReviewerCase;
import be.permits.review.service.CaseViews.CaseSummary;
import be.permits.review.service.CaseViews.CaseView;
import be.permits.review.service.Notes;
import be.permits.review.service.StepAssignment;
import be.permits.review.service.StepCommands.Decision;
import be.permits.review.service.StepCommands.Handover;
import be.permits.review.service.StepCommands.Interest;
import be.permits.review.service.StepCommands.NewNote;
import be.permits.review.service.StepCommands.Outcome;
import be.permits.review.service.StepWork;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The agency desk: my agency's queue, and a case with everything a reviewer does on it (claim,
 * declare, decide or ask, confirm, hand over, write notes). Plain forms and redirects, as on the
 * applicant's pages; a refused action shows the case again with what went wrong.
 */
@Path("/desk")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class DeskPages {
  private static final int QUEUE_SIZE = 200;
  private static final List<String> STEP_STATUSES =
      Arrays.stream(ReviewStep.Status.values()).map(Enum::name).toList();

  @Inject CurrentCaller caller;
  @Inject CaseQueries cases;
  @Inject Notes notes;
  @Inject StepAssignment assignment;
  @Inject StepWork work;
  @Inject Validator validator;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(
        List<CaseSummary> cases, FormState filter, String agency, List<String> statuses);

    static native TemplateInstance caseFile(DeskCase desk);
  }

  /** A case as the desk shows it to one reviewer. */
  public record DeskCase(
      CaseView view,
      String me,
      String agency,
      Boolean noConflictDeclared,
      List<Option> colleagues,
      Choices choices,
      FormState form,
      String refusal) {

    public boolean holdsMyStep() {
      return me.equals(view.myStep().assignee());
    }

    public boolean canConfirm() {
      return view.myStep().status() == ReviewStep.Status.PROPOSED
          && !me.equals(view.myStep().proposedBy());
    }
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance queue(
      @RestQuery String status, @RestQuery boolean overdue, @RestQuery boolean mine) {
    Caller me = caller.get();
    String chosen = status != null && STEP_STATUSES.contains(status) ? status : null;
    FormState filter =
        FormState.posted(
            java.util.Map.of(
                "status", chosen == null ? List.of() : List.of(chosen),
                "overdue", overdue ? List.of("true") : List.of(),
                "mine", mine ? List.of("true") : List.of()));
    List<CaseSummary> queue =
        cases.casesOf(
            me.agency(),
            new CaseQueries.QueueFilter(
                null,
                chosen == null ? null : ReviewStep.Status.valueOf(chosen),
                null,
                overdue,
                mine ? me.subject() : null),
            QUEUE_SIZE);
    return page.render(Templates.queue(queue, filter, agencyName(me), STEP_STATUSES));
  }

  @GET
  @Path("/cases/{id}")
  @Operation(hidden = true)
  public TemplateInstance caseFile(@PathParam("id") UUID id) {
    return render(id, FormState.empty(), null);
  }

  @POST
  @Path("/cases/{id}/steps/{step}/claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response claim(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, FormState.empty(), me -> assignment.claim(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/release")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response release(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, FormState.empty(), me -> assignment.release(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response confirm(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, FormState.empty(), me -> work.confirm(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/interest")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response declareInterest(
      @PathParam("id") UUID id,
      @PathParam("step") UUID step,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Boolean conflict = form.yesNo("conflict");
    if (conflict == null) {
      form.reject("conflict", "choice", null);
    }
    Interest interest = new Interest(conflict, form.text("reason"));
    form.addViolations("", validator.validate(interest));
    if (form.hasProblems()) {
      return invalid(id, form, null);
    }
    return act(id, form, me -> assignment.declareInterest(me, id, step, interest));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/assign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response assign(
      @PathParam("id") UUID id,
      @PathParam("step") UUID step,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Handover handover = new Handover(form.text("assignee"));
    if (!validator.validate(handover).isEmpty()) {
      form.reject("assignee", "choice", null);
      return invalid(id, form, null);
    }
    return act(id, form, me -> assignment.reassign(me, id, step, handover.assignee()));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response decide(
      @PathParam("id") UUID id,
      @PathParam("step") UUID step,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Outcome outcome = form.choice("outcome", Outcome.class);
    if (outcome == null) {
      form.reject("outcome", "choice", null);
    }
    LocalDate due = form.date("dueDate");
    Decision decision =
        new Decision(
            outcome,
            outcome == Outcome.APPROVE_WITH_CONDITIONS ? form.lines("conditions") : null,
            outcome == Outcome.REJECT ? form.lines("reasons") : null,
            outcome == Outcome.REQUEST_INFORMATION ? form.lines("questions") : null,
            outcome == Outcome.REQUEST_INFORMATION ? due : null);
    form.addViolations("", validator.validate(decision));
    if (form.hasProblems()) {
      return invalid(id, form, null);
    }
    return act(id, form, me -> work.decide(me, id, step, decision));
  }

  @POST
  @Path("/cases/{id}/notes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response writeNote(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    ReviewNote.Visibility visibility = form.choice("visibility", ReviewNote.Visibility.class);
    if (visibility == null) {
      form.reject("visibility", "choice", null);
    }
    NewNote note = new NewNote(form.text("text"), visibility, null);
    form.addViolations("", validator.validate(note));
    if (form.hasProblems()) {
      return invalid(id, form, null);
    }
    return act(id, form, me -> notes.write(me, id, note));
  }

  /** Runs the action, then shows the case again: after a redirect, or with what was refused. */
  private Response act(UUID id, FormState form, Consumer<Caller> action) {
    try {
      action.accept(caller.get());
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      if (e.reason() == Refusal.Reason.INCOMPLETE && !e.errors().isEmpty()) {
        e.errors().forEach(err -> form.reject(err.field(), codeFor(err.field()), null));
        return invalid(id, form, null);
      }
      return invalid(id, form, e.detail());
    }
    return Response.seeOther(URI.create("/desk/cases/" + id)).build();
  }

  private static String codeFor(String field) {
    return switch (field) {
      case "conditions", "reasons", "questions" -> "at_least_one";
      case "dueDate" -> "after_today";
      default -> "choice";
    };
  }

  private Response invalid(UUID id, FormState form, String refusal) {
    return Response.status(refusal == null ? 422 : 409).entity(render(id, form, refusal)).build();
  }

  private TemplateInstance render(UUID id, FormState form, String refusal) {
    Caller me = caller.get();
    ReviewerCase reviewer = cases.forDesk(me, id);
    DeskCase desk =
        new DeskCase(
            reviewer.view(),
            me.subject(),
            agencyName(me),
            reviewer.noConflictDeclared(),
            reviewer.colleagues().stream()
                .map(r -> new Option(r.subject(), r.name() == null ? r.subject() : r.name()))
                .toList(),
            Choices.in(page.lang()),
            form,
            refusal);
    return page.render(Templates.caseFile(desk));
  }

  private static String agencyName(Caller me) {
    return me.agency() == null ? "" : me.agency().name();
  }
}
