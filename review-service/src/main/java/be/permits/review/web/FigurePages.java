package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.review.service.AgencyFigures;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** The agencies' figures for anyone, without login: a chart drawn on the server and tables. */
@Path("/figures")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class FigurePages {
  @Inject AgencyFigures figures;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance figures(FigurePage view);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance figures(@RestQuery String agency) {
    // An unknown agency shows all agencies: the choice is a filter, not an address.
    Agency chosen =
        Arrays.stream(Agency.values())
            .filter(a -> a.name().equals(agency))
            .findFirst()
            .orElse(null);
    return page.render(Templates.figures(FigurePage.of(figures.figures(), chosen, page)));
  }
}
