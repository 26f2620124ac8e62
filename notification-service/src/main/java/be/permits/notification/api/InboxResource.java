package be.permits.notification.api;

import be.permits.notification.domain.Notification;
import be.permits.notification.service.PersonalInbox;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  /** How often a live stream looks for new notifications; the database is the one source. */
  private static final Duration POLL = Duration.ofSeconds(1);

  @Inject PersonalInbox inbox;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Schema(name = "Notification")
  public record NotificationView(
      UUID id,
      UUID applicationId,
      @Schema(maxLength = 60) String kind,
      @Schema(maxLength = 300) String subject,
      @Schema(maxLength = 10) String deliveryStatus,
      Instant createdAt,
      boolean read) {

    public static NotificationView of(Notification n) {
      return new NotificationView(
          n.id,
          n.applicationId,
          n.kind.name(),
          n.subject,
          n.status.name(),
          n.createdAt,
          n.readAt != null);
    }
  }

  @Schema(name = "UnreadCount")
  public record UnreadCount(@Schema(minimum = "0") long unread) {}

  @Schema(name = "MarkedRead")
  public record MarkedRead(@Schema(minimum = "0") int marked) {}

  @GET
  @Operation(summary = "My notifications, newest first")
  @APIResponse(responseCode = "200", description = "My notifications")
  public List<NotificationView> mine(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return inbox.of(caller.get().subject(), limit).stream().map(NotificationView::of).toList();
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
  @APIResponse(responseCode = "200", description = "A stream of notifications")
  public Multi<NotificationView> stream() {
    return live(inbox, caller.get().subject(), clock.instant());
  }

  /** The person's notifications recorded after {@code from}, as they come. */
  public static Multi<NotificationView> live(PersonalInbox inbox, String me, Instant from) {
    AtomicReference<Instant> seen = new AtomicReference<>(from);
    return Multi.createFrom()
        .ticks()
        .every(POLL)
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToIterable(
            tick ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          List<Notification> fresh = inbox.since(me, seen.get(), 100);
                          if (!fresh.isEmpty()) {
                            seen.set(fresh.get(fresh.size() - 1).createdAt);
                          }
                          return fresh.stream().map(NotificationView::of).toList();
                        }));
  }
}
