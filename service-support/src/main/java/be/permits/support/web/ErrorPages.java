package be.permits.support.web;

import be.permits.support.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * A problem met by a person in a browser gets a page in their language rather than JSON: the same
 * status, told in words, with a way back. API callers keep problem+json.
 */
@ApplicationScoped
public class ErrorPages {
  @Inject CurrentVertxRequest request;
  @Inject PageContext page;
  @Inject Instance<SecurityIdentity> identities;

  @Location("layout/error")
  Template error;

  /** The answer to {@code problem}: a page for a browser on a page path, else problem+json. */
  public Response answer(Problem problem) {
    RoutingContext rc = request.getCurrent();
    if (rc != null && PageContext.isPage(rc.normalizedPath()) && acceptsHtml(rc)) {
      if (!page.isPrepared()) {
        // Refused before the page filter ran (a role check, a login): speak the person's language.
        SecurityIdentity identity = identity();
        page.set(
            PageFilters.languageOf(rc, identity),
            "",
            rc.normalizedPath(),
            identity == null || identity.isAnonymous() ? Set.of() : identity.getRoles());
      }
      return Response.status(problem.status())
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(page.render(error.data("status", problem.status())).render())
          .build();
    }
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private SecurityIdentity identity() {
    return identities.isResolvable() ? identities.get() : null;
  }

  private static boolean acceptsHtml(RoutingContext rc) {
    String accept = rc.request().getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
