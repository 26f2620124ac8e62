package be.permits.support.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the application a request is about into its log lines: the {@code id} of every path under
 * {@code applications/} (the applicant's file, its API, and the auditor's history).
 */
public class RequestLogContext {
  @ServerRequestFilter
  void before(ContainerRequestContext request) {
    if (request.getUriInfo().getPath().contains("/applications/")) {
      LogContext.forApplication(request.getUriInfo().getPathParameters().getFirst("id"));
    }
  }

  @ServerResponseFilter
  void after(ContainerResponseContext response) {
    LogContext.clear();
  }
}
