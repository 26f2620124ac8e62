package be.permits.planted.domain;

import jakarta.persistence.Entity;
import jakarta.ws.rs.core.Response;

/** Planted violation: an entity that knows HTTP. */
@Entity
public class HttpAwareEntity {
  public Response.Status statusOnConflict() {
    return Response.Status.CONFLICT;
  }
}
