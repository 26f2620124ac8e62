package be.permits.notification.api;

import be.permits.notification.domain.Notification;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications; nobody reads anyone else's. */
@Path("/api/notifications")
@Tag(name = "Inbox")
@RolesAllowed({Roles.APPLICANT, Roles.REVIEWER, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
  @Inject EntityManager em;
  @Inject CurrentCaller caller;

  @Schema(name = "Notification")
  public record NotificationView(
      UUID id,
      UUID applicationId,
      @Schema(maxLength = 60) String kind,
      @Schema(maxLength = 300) String subject,
      @Schema(maxLength = 10) String deliveryStatus,
      Instant createdAt,
      boolean read) {}

  @GET
  @Transactional
  @Operation(summary = "My notifications, newest first")
  @APIResponse(responseCode = "200", description = "My notifications")
  public List<NotificationView> mine(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return em
        .createQuery(
            "FROM Notification WHERE recipientSubject = :me ORDER BY createdAt DESC",
            Notification.class)
        .setParameter("me", caller.get().subject())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            n ->
                new NotificationView(
                    n.id,
                    n.applicationId,
                    n.kind.name(),
                    n.subject,
                    n.status.name(),
                    n.createdAt,
                    n.readAt != null))
        .toList();
  }
}
