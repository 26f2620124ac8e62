package be.permits.review.web;

import be.permits.review.domain.ReviewNote;
import be.permits.review.service.AbsenceViews;
import be.permits.review.service.CaseQueries;
import be.permits.review.service.CaseQueries.ReviewerCase;
import be.permits.review.service.CaseQueue;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.Inquiries;
import be.permits.review.service.InquiryCommands.Redaction;
import be.permits.review.service.Notes;
import be.permits.review.service.StepAssignment;
import be.permits.review.service.StepCommands.Decision;
import be.permits.review.service.StepCommands.Handover;
import be.permits.review.service.StepCommands.Interest;
import be.permits.review.service.StepCommands.NewNote;
import be.permits.review.service.StepCommands.Outcome;
import be.permits.review.service.StepCommands.Return;
import be.permits.review.service.StepWork;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** What an action did, as the confirmation on top of the case says it. */
  static final Set<String> DONE =
      Set.of(
          "claimed",
          "released",
          "declared",
          "recused",
          "handed-over",
          "decided-approve",
          "decided-approve_with_conditions",
          "decided-reject",
          "decided-request_information",
          "decided-complete",
          "decided-incomplete",
          "confirmed",
          "returned",
          "noted",
          "published",
          "extended",
          "appealed",
          "screening-opened");

  @Inject CurrentCaller caller;
  @Inject CaseQueries cases;
  @Inject CaseQueue queue;
  @Inject Notes notes;
  @Inject StepAssignment assignment;
  @Inject StepWork work;
  @Inject Inquiries inquiries;
  @Inject FlowReviews flows;
  @Inject Validator validator;
  @Inject PageContext page;
  @Inject AbsenceViews absences;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(QueueView view, List<AbsenceViews.AbsenceRow> away);

    static native TemplateInstance caseFile(DeskCase desk);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance queue(
      @RestQuery String q,
      @RestQuery String status,
      @RestQuery boolean overdue,
      @RestQuery boolean mine,
      @RestQuery String sort,
      @RestQuery int page) {
    Caller me = caller.get();
    QueueView.Asked asked = QueueView.Asked.of(q, status, overdue, mine, sort, page);
    CaseQueue.QueuePage found =
        queue.casesOf(
            me.agency(),
            asked.filter(me.subject()),
            (asked.page() - 1) * QueueView.PAGE_SIZE,
            QueueView.PAGE_SIZE);
    List<AbsenceViews.AbsenceRow> away =
        absences.ofAgency(me).stream().filter(AbsenceViews.AbsenceRow::current).toList();
    return this.page.render(
        Templates.queue(QueueView.of(asked, found, agencyName(me), this.page.lang()), away));
  }

  @GET
  @Path("/cases/{id}")
  @Operation(hidden = true)
  public TemplateInstance caseFile(@PathParam("id") UUID id, @RestQuery String done) {
    // The opinion's conditions start from those the agency proposed on the flows page.
    List<String> proposed = flows.proposedTexts(caller.get(), id);
    FormState form =
        proposed.isEmpty() ? FormState.empty() : FormState.of(Map.of("conditions", proposed));
    return render(id, form, null, done != null && DONE.contains(done) ? done : null, false);
  }

  @POST
  @Path("/cases/{id}/steps/{step}/claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response claim(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, "claimed", FormState.empty(), me -> assignment.claim(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/release")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response release(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, "released", FormState.empty(), me -> assignment.release(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response confirm(@PathParam("id") UUID id, @PathParam("step") UUID step) {
    return act(id, "confirmed", FormState.empty(), me -> work.confirm(me, id, step));
  }

  @POST
  @Path("/cases/{id}/steps/{step}/return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response returnProposal(
      @PathParam("id") UUID id,
      @PathParam("step") UUID step,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Return returned = new Return(form.text("returnReason"));
    form.addViolations("", validator.validate(returned));
    if (form.problem("reason") != null || returned.reason() == null) {
      form.reject("returnReason", "required", null);
    }
    if (form.hasProblems()) {
      return invalid(id, form, null);
    }
    return act(id, "returned", form, me -> work.returnProposal(me, id, step, returned));
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
    if (interest.conflict() && !"yes".equals(form.text("confirmed"))) {
      // A recusal is final: the reviewer confirms it on the page before it is recorded.
      return Response.ok(render(id, form, null, null, true)).build();
    }
    return act(
        id,
        interest.conflict() ? "recused" : "declared",
        form,
        me -> assignment.declareInterest(me, id, step, interest));
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
    return act(
        id, "handed-over", form, me -> assignment.reassign(me, id, step, handover.assignee()));
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
            outcome == Outcome.APPROVE_WITH_CONDITIONS ? conditions(id, form) : null,
            outcome == Outcome.REQUEST_INFORMATION ? null : form.lines("reasons"),
            outcome == Outcome.REQUEST_INFORMATION ? form.lines("questions") : null,
            outcome == Outcome.REQUEST_INFORMATION ? due : null);
    form.addViolations("", validator.validate(decision));
    if (form.hasProblems()) {
      return invalid(id, form, null);
    }
    // The completeness form says so, for the confirmation's words only.
    String done =
        outcome == Outcome.REQUEST_INFORMATION && "completeness".equals(form.text("check"))
            ? "decided-incomplete"
            : "decided-" + outcome.name().toLowerCase(java.util.Locale.ROOT);
    return act(id, done, form, me -> work.decide(me, id, step, decision));
  }

  /** A coordinating official publishes the redacted copy of an observation. */
  @POST
  @Path("/cases/{id}/observations/{observation}/publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response publishObservation(
      @PathParam("id") UUID id,
      @PathParam("observation") UUID observation,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Redaction redaction = new Redaction(form.text("redacted"));
    if (!validator.validate(redaction).isEmpty()) {
      return invalid(id, FormState.empty(), "redaction-empty");
    }
    return act(
        id, "published", form, me -> inquiries.publish(me, id, observation, redaction.text()));
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
    return act(id, "noted", form, me -> notes.write(me, id, note));
  }

  /**
   * The conditions of a decision: the other agencies' conditions the deciding authority adopted
   * (checked by number), then those typed, one per line.
   */
  private List<String> conditions(UUID id, FormState form) {
    List<String> conditions = new ArrayList<>();
    List<String> adoptable = DeskCase.adoptableConditions(cases.forDesk(caller.get(), id).view());
    for (String chosen : form.lines("adopt")) {
      if (chosen.matches("c[0-9]{1,3}")) {
        int index = Integer.parseInt(chosen.substring(1)) - 1;
        if (index < adoptable.size() && !conditions.contains(adoptable.get(index))) {
          conditions.add(adoptable.get(index));
        }
      }
    }
    conditions.addAll(form.lines("conditions"));
    return conditions;
  }

  /**
   * Runs the action, then shows the case again: after a redirect that says what was done, or with
   * what was refused.
   */
  Response act(UUID id, String done, FormState form, Consumer<Caller> action) {
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
      return invalid(id, form, e.code());
    }
    return Response.seeOther(URI.create("/desk/cases/" + id + "?done=" + done)).build();
  }

  private static String codeFor(String field) {
    return switch (field) {
      case "conditions", "reasons", "questions" -> "at_least_one";
      case "dueDate" -> "after_today";
      default -> "choice";
    };
  }

  Response invalid(UUID id, FormState form, String refusal) {
    return Response.status(refusal == null ? 422 : 409)
        .entity(render(id, form, refusal, null, false))
        .build();
  }

  private TemplateInstance render(
      UUID id, FormState form, String refusal, String done, boolean confirmRecusal) {
    Caller me = caller.get();
    ReviewerCase reviewer = cases.forDesk(me, id);
    return page.render(
        Templates.caseFile(
            DeskCase.of(reviewer, me.subject(), page, form, refusal, done, confirmRecusal)));
  }

  private static String agencyName(Caller me) {
    return me.agency() == null ? "" : me.agency().name();
  }
}
