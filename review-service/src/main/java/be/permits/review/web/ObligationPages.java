package be.permits.review.web;

import be.permits.contracts.review.EnforcementOutcome;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.review.service.EnforcementClosing;
import be.permits.review.service.ObligationReviews;
import be.permits.review.service.ObligationViews;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The desk after the permit: the obligations an agency set, each with the operator's evidence and
 * the agency's findings, and the enforcement cases breaches opened, which the deciding authority
 * closes. Plain forms and redirects.
 */
@Path("/desk")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class ObligationPages {
  @Inject CurrentCaller caller;
  @Inject ObligationViews views;
  @Inject ObligationReviews reviews;
  @Inject EnforcementClosing closing;
  @Inject PageContext page;

  /** An obligation's page as its template needs it. */
  public record ObligationPage(
      ObligationViews.Detail obligation,
      FormState form,
      String refusal,
      String done,
      List<Option> outcomes) {}

  /** An enforcement case's page: the case, and the deciding authority's form to close it. */
  public record EnforcementPage(
      ObligationViews.EnforcementDetail enforcement,
      FormState form,
      String refusal,
      boolean closed,
      List<Option> outcomes) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance obligations(List<ObligationViews.Row> rows);

    static native TemplateInstance obligation(ObligationPage view);

    static native TemplateInstance enforcementCases(List<ObligationViews.EnforcementRow> rows);

    static native TemplateInstance enforcementCase(EnforcementPage view);
  }

  @GET
  @Path("/obligations")
  @Operation(hidden = true)
  public TemplateInstance obligations() {
    return page.render(Templates.obligations(views.ofAgency(caller.get())));
  }

  @GET
  @Path("/obligations/{id}")
  @Operation(hidden = true)
  public TemplateInstance obligation(@PathParam("id") UUID id, @RestQuery String done) {
    String shown =
        done != null && Arrays.stream(EvidenceOutcome.values()).anyMatch(o -> o.name().equals(done))
            ? done
            : null;
    return render(id, Map.of(), List.of(), null, shown);
  }

  /** The finding on the latest evidence, or a breach found on evidence that never came. */
  @POST
  @Path("/obligations/{id}/reviews")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response review(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    String evidence = form.value("evidence");
    UUID evidenceId = null;
    if (evidence != null && !evidence.isBlank()) {
      try {
        evidenceId = UUID.fromString(evidence);
      } catch (IllegalArgumentException e) {
        throw Refusal.notFound();
      }
    }
    EvidenceOutcome outcome =
        evidenceId == null ? EvidenceOutcome.BREACH : form.choice("outcome", EvidenceOutcome.class);
    String reason = form.text("reason");
    List<String> problems = new java.util.ArrayList<>(form.fieldsWithProblems());
    if (outcome == null) {
      problems.add("outcome");
    }
    String tooLong =
        reason != null && reason.length() > ObligationReviews.MOST_REASON ? "reason" : null;
    if (!problems.isEmpty() || tooLong != null) {
      return Response.status(422).entity(render(id, posted, problems, null, null, tooLong)).build();
    }
    try {
      reviews.review(caller.get(), id, new ObligationReviews.Review(evidenceId, outcome, reason));
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      List<String> fields = e.errors().stream().map(Refusal.FieldError::field).toList();
      return Response.status(fields.isEmpty() ? 409 : 422)
          .entity(render(id, posted, fields, fields.isEmpty() ? e.code() : null, null))
          .build();
    }
    return Response.seeOther(URI.create("/desk/obligations/" + id + "?done=" + outcome.name()))
        .build();
  }

  @GET
  @Path("/enforcement")
  @Operation(hidden = true)
  public TemplateInstance enforcementCases() {
    return page.render(Templates.enforcementCases(views.enforcement(caller.get())));
  }

  @GET
  @Path("/enforcement/{id}")
  @Operation(hidden = true)
  public TemplateInstance enforcementCase(@PathParam("id") UUID id, @RestQuery String done) {
    return enforcementPage(id, FormState.empty(), null, "closed".equals(done));
  }

  /** The deciding authority closes the case with an outcome and its words to the operator. */
  @POST
  @Path("/enforcement/{id}/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Map<String, List<String>> typed = new LinkedHashMap<>(posted);
    typed.remove("csrf");
    FormState form = FormState.posted(typed);
    EnforcementOutcome outcome = form.choice("outcome", EnforcementOutcome.class);
    try {
      closing.close(caller.get(), id, new EnforcementClosing.Closing(outcome, form.text("reason")));
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      // The service names a missing field "required" and a reason too long by its limit.
      for (Refusal.FieldError error : e.errors()) {
        if ("required".equals(error.reason())) {
          form.reject(error.field(), "required", null);
        } else {
          form.reject(error.field(), "too_long", String.valueOf(ObligationReviews.MOST_REASON));
        }
      }
      return Response.status(e.errors().isEmpty() ? 409 : 422)
          .entity(enforcementPage(id, form, e.errors().isEmpty() ? e.code() : null, false))
          .build();
    }
    return Response.seeOther(URI.create("/desk/enforcement/" + id + "?done=closed")).build();
  }

  private TemplateInstance enforcementPage(
      UUID id, FormState form, String refusal, boolean closed) {
    ObligationMessages words =
        MessageBundles.get(ObligationMessages.class, Localized.Literal.of(page.lang()));
    List<Option> outcomes =
        Arrays.stream(EnforcementOutcome.values())
            .map(o -> new Option(o.name(), words.enforcement_outcome(o.name())))
            .toList();
    return page.render(
        Templates.enforcementCase(
            new EnforcementPage(
                views.enforcementCase(caller.get(), id), form, refusal, closed, outcomes)));
  }

  private TemplateInstance render(
      UUID id,
      Map<String, List<String>> posted,
      List<String> problems,
      String refusal,
      String done) {
    return render(id, posted, problems, refusal, done, null);
  }

  /** The page again; {@code tooLong} names a text field longer than it may be. */
  private TemplateInstance render(
      UUID id,
      Map<String, List<String>> posted,
      List<String> problems,
      String refusal,
      String done,
      String tooLong) {
    ObligationViews.Detail obligation = views.obligation(caller.get(), id);
    Map<String, List<String>> typed = new LinkedHashMap<>(posted);
    typed.remove("csrf");
    FormState form = FormState.posted(typed);
    problems.forEach(field -> form.reject(field, "required", null));
    if (tooLong != null) {
      form.reject(tooLong, "too_long", String.valueOf(ObligationReviews.MOST_REASON));
    }
    ObligationMessages words =
        MessageBundles.get(ObligationMessages.class, Localized.Literal.of(page.lang()));
    List<Option> outcomes =
        Arrays.stream(EvidenceOutcome.values())
            .map(o -> new Option(o.name(), words.outcome(o.name())))
            .toList();
    return page.render(
        Templates.obligation(new ObligationPage(obligation, form, refusal, done, outcomes)));
  }
}
