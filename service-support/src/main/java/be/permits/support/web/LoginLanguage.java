package be.permits.support.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login page speaks the suite's language: the redirect to the login carries {@code
 * ui_locales} (OpenID Connect Core 3.1.2.1) with the language the page would have spoken, the one
 * chosen on the suite or else the browser's.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginLanguage implements OidcRedirectFilter {
  @Override
  public void filter(OidcRedirectContext context) {
    context
        .additionalQueryParams()
        .add("ui_locales", PageFilters.languageOf(context.routingContext(), null));
  }
}
