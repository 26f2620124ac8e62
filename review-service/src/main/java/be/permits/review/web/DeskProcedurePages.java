package be.permits.review.web;

import be.permits.review.service.AppealLodging;
import be.permits.review.service.DecisionExtension;
import be.permits.review.service.FdiScreening;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The desk's actions on the procedure around a case: the decision period's extension and the
 * officials' appeal (coordinating officials), the FDI screening phase (the screening committee).
 * Each answers as the case page's other forms do ({@link DeskPages#act}).
 */
@Path("/desk")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.TEXT_HTML)
public class DeskProcedurePages {
  @Inject DeskPages desk;
  @Inject DecisionExtension extension;
  @Inject AppealLodging appeals;
  @Inject FdiScreening screening;
  @Inject Validator validator;

  /** A coordinating official extends the decision period, once, saying why. */
  @POST
  @Path("/cases/{id}/decision-extension")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response extendDecision(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    DecisionExtension.Extend why = new DecisionExtension.Extend(form.text("extensionReason"));
    form.addViolations("", validator.validate(why));
    if (form.problem("reason") != null) {
      form.reject("extensionReason", form.problem("reason").code(), form.problem("reason").limit());
      return desk.invalid(id, form, null);
    }
    return desk.act(id, "extended", form, me -> extension.extend(me, id, why));
  }

  /** The screening committee opens the screening phase on its step, saying why. */
  @POST
  @Path("/cases/{id}/steps/{step}/screening-phase")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response openScreening(
      @PathParam("id") UUID id,
      @PathParam("step") UUID step,
      MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    FdiScreening.OpenScreening why = new FdiScreening.OpenScreening(form.text("screeningReason"));
    if (!validator.validate(why).isEmpty()) {
      String reason = form.text("screeningReason");
      form.reject(
          "screeningReason",
          reason == null || reason.isBlank() ? "required" : "too_long",
          reason == null || reason.isBlank() ? null : "2000");
      return desk.invalid(id, form, null);
    }
    return desk.act(
        id, "screening-opened", form, me -> screening.openScreeningPhase(me, id, step, why));
  }

  /** A coordinating official lodges the officials' appeal against the decision. */
  @POST
  @Path("/cases/{id}/appeals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response appeal(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    String grounds = form.text("grounds");
    if (grounds == null || grounds.isBlank()) {
      form.reject("grounds", "required", null);
    } else if (grounds.length() > 10_000) {
      form.reject("grounds", "too_long", "10000");
    }
    if (form.hasProblems()) {
      return desk.invalid(id, form, null);
    }
    return desk.act(id, "appealed", form, me -> appeals.lodgeForOfficials(me, id, grounds));
  }
}
