package be.permits.permit.web;

import be.permits.contracts.Agency;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The front door of the suite: after the browser login, greets the person by name and shows what
 * their roles open.
 */
@Path("/")
@Authenticated
public class HomePage {
  @Inject CurrentCaller caller;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(Caller caller, List<String> roles, String agency);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public TemplateInstance home() {
    Caller me = caller.get();
    List<String> roles =
        List.of(Roles.APPLICANT, Roles.REVIEWER, Roles.FINANCE, Roles.AUDITOR, Roles.ADMIN).stream()
            .filter(me::hasRole)
            .toList();
    Agency agency = me.agency();
    return page.render(Templates.home(me, roles, agency == null ? null : agency.name()));
  }
}
