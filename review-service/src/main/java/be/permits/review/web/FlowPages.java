package be.permits.review.web;

import be.permits.review.domain.FlowAssessment;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.FlowViews.FlowReview;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A case's data flows on the desk: the declared systems as a table and a diagram, the flags the
 * agency's rules raise, the agency's assessment of each, and the conditions it proposes. Plain
 * forms and redirects, as on the rest of the desk.
 */
@Path("/desk/cases/{id}/flows")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class FlowPages {
  static final Set<String> DONE = Set.of("assessed", "picked", "reworded", "withdrawn");
  private static final int MOST_JUSTIFICATION = 4000;
  private static final int MOST_CONDITION = 2000;

  @Inject CurrentCaller caller;
  @Inject FlowReviews flows;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance flows(FlowPage view);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance show(@PathParam("id") UUID id, @RestQuery String done) {
    return render(id, Map.of(), List.of(), null, done != null && DONE.contains(done) ? done : null);
  }

  @POST
  @Path("/assessments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response assess(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Integer index = form.integer("index");
    FlowReview review = flows.of(caller.get(), id);
    if (index == null || index < 0 || index >= review.flags().size()) {
      throw Refusal.notFound();
    }
    if (!review.flags().get(index).key().equals(form.value("flag"))) {
      // The flags moved since the page was shown (the applicant answered a request): the
      // assessment would land on another flag.
      return Response.status(409).entity(render(id, posted, List.of(), "step-state", null)).build();
    }
    FlowAssessment.Level likelihood =
        form.choice(FlowPage.field(index, "likelihood"), FlowAssessment.Level.class);
    FlowAssessment.Level impact =
        form.choice(FlowPage.field(index, "impact"), FlowAssessment.Level.class);
    String justification = form.text(FlowPage.field(index, "justification"));
    String condition = form.text(FlowPage.field(index, "condition"));
    List<String> problems = new ArrayList<>(form.fieldsWithProblems());
    if (likelihood == null) {
      problems.add(FlowPage.field(index, "likelihood"));
    }
    if (impact == null) {
      problems.add(FlowPage.field(index, "impact"));
    }
    if (justification == null || justification.length() > MOST_JUSTIFICATION) {
      problems.add(FlowPage.field(index, "justification"));
    }
    FlowReviews.Assessment assessment =
        new FlowReviews.Assessment(
            review.flags().get(index).key(),
            likelihood,
            impact,
            justification,
            condition,
            "yes".equals(form.value(FlowPage.field(index, "shared"))));
    return act(id, "assessed", posted, problems, me -> flows.assess(me, id, assessment));
  }

  @POST
  @Path("/conditions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response pick(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    List<String> picked = posted.getOrDefault("conditions", List.of());
    List<String> problems =
        picked.isEmpty() || picked.size() > 50 ? List.of("conditions") : List.of();
    return act(id, "picked", posted, problems, me -> flows.pick(me, id, picked));
  }

  @POST
  @Path("/conditions/{condition}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response reword(
      @PathParam("id") UUID id,
      @PathParam("condition") UUID condition,
      MultivaluedMap<String, String> posted) {
    String field = "text-" + condition;
    FormState form = FormState.posted(posted);
    String text = form.text(field);
    // One line: the opinion takes its conditions one per line.
    List<String> problems =
        form.hasProblems()
                || text == null
                || text.length() > MOST_CONDITION
                || text.contains("\n")
                || text.contains("\r")
            ? List.of(field)
            : List.of();
    return act(id, "reworded", posted, problems, me -> flows.reword(me, id, condition, text));
  }

  @POST
  @Path("/conditions/{condition}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response withdraw(@PathParam("id") UUID id, @PathParam("condition") UUID condition) {
    return act(id, "withdrawn", Map.of(), List.of(), me -> flows.withdraw(me, id, condition));
  }

  /**
   * Runs the action unless the page found problems, then shows the page again: after a redirect
   * that says what was done, or with what was refused and the values as typed.
   */
  private Response act(
      UUID id,
      String done,
      Map<String, List<String>> posted,
      List<String> problems,
      Consumer<Caller> action) {
    if (!problems.isEmpty()) {
      return Response.status(422).entity(render(id, posted, problems, null, null)).build();
    }
    try {
      action.accept(caller.get());
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      List<String> fields = e.errors().stream().map(Refusal.FieldError::field).toList();
      return Response.status(fields.isEmpty() ? 409 : 422)
          .entity(render(id, posted, fields, fields.isEmpty() ? e.code() : null, null))
          .build();
    }
    return Response.seeOther(URI.create("/desk/cases/" + id + "/flows?done=" + done)).build();
  }

  private TemplateInstance render(
      UUID id,
      Map<String, List<String>> posted,
      List<String> problems,
      String refusal,
      String done) {
    Map<String, List<String>> typed = new LinkedHashMap<>(posted);
    typed.remove("csrf");
    return page.render(
        Templates.flows(
            FlowPage.of(flows.of(caller.get(), id), page, typed, problems, refusal, done)));
  }
}
