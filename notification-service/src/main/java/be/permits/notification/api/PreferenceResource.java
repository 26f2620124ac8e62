package be.permits.notification.api;

import be.permits.notification.service.Preferences;
import be.permits.notification.service.Preferences.AgencyChoice;
import be.permits.notification.service.Preferences.Choice;
import be.permits.notification.service.Preferences.PreferencesView;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  @GET
  @Path("/preferences")
  @Operation(summary = "My choices about my messages")
  @APIResponse(responseCode = "200", description = "My choices")
  public PreferencesView get() {
    return preferences.of(caller.get());
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose the language of my messages and which I do not want by email")
  @APIResponse(responseCode = "200", description = "Saved")
  public PreferencesView put(@Valid @NotNull Choice choice) {
    return preferences.choose(caller.get(), choice, null);
  }

  @PUT
  @Path("/agency-preferences")
  @RolesAllowed(Roles.REVIEWER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose for my agency: one email per new step, or a daily summary")
  @APIResponse(responseCode = "200", description = "Saved")
  public PreferencesView putAgency(@Valid @NotNull AgencyChoice choice) {
    return preferences.chooseForAgency(caller.get(), choice);
  }
}
