package be.permits.notification.api;

import be.permits.contracts.Agency;
import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.domain.PersonPreference;
import be.permits.notification.service.Preferences;
import be.permits.support.problem.ProblemException;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My choices about my messages, and (for reviewers) my agency's choice of a daily summary. */
@Path("/api/notifications")
@Tag(name = "Inbox")
@RolesAllowed({Roles.APPLICANT, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {
  @Inject Preferences preferences;
  @Inject CurrentCaller caller;

  @Schema(name = "Preferences")
  public record PreferencesView(
      @Schema(description = "Language of my messages; null: my profile's", maxLength = 2)
          String locale,
      @Schema(maxItems = 20, description = "Kinds of message I do not want by email")
          List<Kind> mutedKinds,
      @Schema(description = "My agency, if I am a reviewer") Agency agency,
      @Schema(description = "Whether my agency gets a daily summary of new steps")
          boolean agencyDailyDigest) {}

  @Schema(name = "PreferencesChange")
  public record PreferencesForm(
      @Pattern(regexp = "fr|nl|de|en") String locale,
      @NotNull @Size(max = 20) List<@NotNull Kind> mutedKinds) {}

  @Schema(name = "AgencyPreferenceChange")
  public record AgencyPreferenceForm(@NotNull Boolean dailyDigest) {}

  @GET
  @Path("/preferences")
  @Operation(summary = "My choices about my messages")
  @APIResponse(responseCode = "200", description = "My choices")
  public PreferencesView get() {
    return view(caller.get());
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose the language of my messages and which I do not want by email")
  @APIResponse(responseCode = "200", description = "Saved")
  public PreferencesView put(@Valid @NotNull PreferencesForm form) {
    Caller me = caller.get();
    preferences.save(
        me.subject(),
        form.locale(),
        form.mutedKinds().stream().map(Kind::name).distinct().toList());
    return view(me);
  }

  @PUT
  @Path("/agency-preferences")
  @RolesAllowed(Roles.REVIEWER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose for my agency: one email per new step, or a daily summary")
  @APIResponse(responseCode = "200", description = "Saved")
  public PreferencesView putAgency(@Valid @NotNull AgencyPreferenceForm form) {
    Caller me = caller.get();
    if (me.agency() == null) {
      throw ProblemException.notFound();
    }
    preferences.setDailyDigest(me, form.dailyDigest());
    return view(me);
  }

  private PreferencesView view(Caller me) {
    PersonPreference p = preferences.of(me.subject());
    return new PreferencesView(
        p.locale,
        p.mutedKinds.stream().map(Kind::valueOf).toList(),
        me.agency(),
        preferences.dailyDigest(me.agency()));
  }
}
