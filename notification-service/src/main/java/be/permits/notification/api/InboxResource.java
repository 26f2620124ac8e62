package be.permits.notification.api;

import be.permits.notification.service.PersonalInbox;
import be.permits.notification.service.PersonalInbox.NotificationView;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The caller's own notifications; nobody reads anyone else's. */
@Path("/api/notifications")
@Tag(name = "Inbox")
@RolesAllowed({Roles.APPLICANT, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
  @Inject PersonalInbox inbox;
  @Inject CurrentCaller caller;

  @Schema(name = "UnreadCount")
  public record UnreadCount(@Schema(minimum = "0", maximum = "9223372036854775807") long unread) {}

  @Schema(name = "MarkedRead")
  public record MarkedRead(@Schema(minimum = "0", maximum = "2147483647") int marked) {}

  @GET
  @Operation(summary = "My notifications, newest first")
  @APIResponse(
      responseCode = "200",
      description = "My notifications",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = NotificationView.class,
                      maxItems = 200)))
  public List<NotificationView> mine(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return inbox.of(caller.get().subject(), limit);
  }

  @GET
  @Path("/unread-count")
  @Operation(summary = "How many of my notifications I have not read")
  @APIResponse(responseCode = "200", description = "The count")
  public UnreadCount unread() {
    return new UnreadCount(inbox.unread(caller.get().subject()));
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one of my notifications read")
  @APIResponse(responseCode = "204", description = "Marked")
  public void markRead(@PathParam("id") UUID id) {
    inbox.markRead(caller.get().subject(), id);
  }

  @POST
  @Path("/read-all")
  @Operation(summary = "Mark all my notifications read")
  @APIResponse(responseCode = "200", description = "How many were marked")
  public MarkedRead markAllRead() {
    return new MarkedRead(inbox.markAllRead(caller.get().subject()));
  }

  /**
   * My new notifications as they arrive, as server-sent events. Read from the database, so that a
   * notification recorded by any instance of the service reaches a client connected to any other.
   */
  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "My new notifications, live (server-sent events)")
  @APIResponse(
      responseCode = "200",
      description = "A stream of notifications",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(implementation = NotificationView.class)))
  public Multi<NotificationView> stream() {
    return inbox.live(caller.get().subject());
  }
}
