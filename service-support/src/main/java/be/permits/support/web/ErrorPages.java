package be.permits.support.web;

import be.permits.support.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A problem met by a person in a browser gets a page in their language rather than JSON: the same
 * status, told in words, with a way back. API callers keep problem+json.
 */
@ApplicationScoped
public class ErrorPages {
  @Inject CurrentVertxRequest request;
  @Inject PageContext page;

  @Location("layout/error")
  Template error;

  /** The answer to {@code problem}: a page for a browser on a page path, else problem+json. */
  public Response answer(Problem problem) {
    RoutingContext rc = request.getCurrent();
    if (rc != null && PageContext.isPage(rc.normalizedPath()) && acceptsHtml(rc)) {
      return Response.status(problem.status())
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(page.render(error.data("status", problem.status())).render())
          .build();
    }
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static boolean acceptsHtml(RoutingContext rc) {
    String accept = rc.request().getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
