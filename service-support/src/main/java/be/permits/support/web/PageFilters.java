package be.permits.support.web;

import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Language and CSRF protection for the pages (every path but {@code /api/} and {@code /q/}).
 *
 * <p>CSRF: a double-submit token bound to the session ({@link CsrfTokens}). A page sets the token
 * in a cookie that scripts cannot read and that no other site's request carries (HttpOnly, Secure,
 * SameSite=Strict); every form repeats it in the hidden field {@value #CSRF_FIELD}; a
 * state-changing request to a page path is refused with 403 before it reaches the page unless the
 * pair matches and the token was issued to this very session. The API takes bearer tokens, which a
 * browser never sends on its own, so it needs no such token.
 *
 * <p>Language: {@code ?lang=} switches and is remembered in a cookie; otherwise the language of the
 * person's profile (token claim {@code locale}), then the browser's, then English.
 */
public class PageFilters {
  public static final String CSRF_COOKIE = "csrf";
  public static final String CSRF_FIELD = "csrf";
  public static final String LANG_COOKIE = "lang";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  @Inject PageContext page;
  @Inject SecurityIdentity identity;
  @Inject ErrorPages errorPages;

  private final CsrfTokens tokens =
      new CsrfTokens(
          ConfigProvider.getConfig()
              .getOptionalValue(
                  "quarkus.oidc.web.token-state-manager.encryption-secret", String.class)
              .orElse("no-session-secret"));

  @WithFormRead
  @ServerRequestFilter
  public Response preparePage(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
    String path = rc.normalizedPath();
    if (!PageContext.isPage(path)) {
      return null;
    }
    String lang = language(rc, identity);
    String binding = sessionBinding();
    String cookieToken = cookie(rc, CSRF_COOKIE);
    if (!SAFE_METHODS.contains(request.getMethod())) {
      Object formToken =
          ((ResteasyReactiveRequestContext) request.getServerRequestContext())
              .getFormParameter(CSRF_FIELD, true, false);
      if (!matches(cookieToken, formToken) || !tokens.isFor(cookieToken, binding)) {
        page.set(lang, "", path, roles());
        return errorPages.answer(
            new Problem(
                "urn:problem:csrf",
                "Form expired",
                403,
                "This form did not come from the page it belongs to, or it has expired."
                    + " Go back, reload the page and send it again.",
                null,
                null));
      }
    }
    String token = cookieToken;
    if (!tokens.isFor(token, binding)) {
      token = tokens.issue(binding);
      rc.response()
          .addCookie(
              Cookie.cookie(CSRF_COOKIE, token)
                  .setPath("/")
                  .setSecure(true)
                  .setHttpOnly(true)
                  .setSameSite(CookieSameSite.STRICT));
    }
    page.set(lang, token, path, roles());
    return null;
  }

  /**
   * What the token is bound to: the person and their Keycloak session (claim {@code sid} of the ID
   * token), so that a new login gets a new token; nobody, on a page without login.
   */
  private String sessionBinding() {
    if (identity.isAnonymous()) {
      return "anonymous";
    }
    String subject = identity.getPrincipal().getName();
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      String sid = CurrentCaller.claim(token, "sid");
      subject = (token.getSubject() == null ? subject : token.getSubject()) + "|" + sid;
    }
    return subject;
  }

  private Set<String> roles() {
    return identity.isAnonymous() ? Set.of() : identity.getRoles();
  }

  /** Remembers a language chosen with {@code ?lang=}; then the page speaks it. */
  private static String language(RoutingContext rc, SecurityIdentity identity) {
    String chosen = rc.queryParams().get("lang");
    if (chosen != null && PageContext.LANGUAGES.contains(chosen)) {
      rc.response()
          .addCookie(
              Cookie.cookie(LANG_COOKIE, chosen)
                  .setPath("/")
                  .setMaxAge(365L * 24 * 3600)
                  .setSecure(true)
                  .setHttpOnly(true)
                  .setSameSite(CookieSameSite.LAX));
    }
    return languageOf(rc, identity);
  }

  /**
   * The language a page speaks to this request: {@code ?lang=}, then the remembered choice, then
   * the person's profile (token claim {@code locale}), then the browser's, then English. Also for
   * the error pages of requests refused before any page filter ran.
   */
  static String languageOf(RoutingContext rc, SecurityIdentity identity) {
    String chosen = rc.queryParams().get("lang");
    if (chosen != null && PageContext.LANGUAGES.contains(chosen)) {
      return chosen;
    }
    String remembered = cookie(rc, LANG_COOKIE);
    if (remembered != null && PageContext.LANGUAGES.contains(remembered)) {
      return remembered;
    }
    if (identity != null
        && !identity.isAnonymous()
        && identity.getPrincipal() instanceof JsonWebToken token
        && CurrentCaller.claim(token, "locale") != null) {
      return CurrentCaller.locale(CurrentCaller.claim(token, "locale"));
    }
    for (LanguageHeader accepted : rc.acceptableLanguages()) {
      String language = Locale.forLanguageTag(accepted.value()).getLanguage();
      if (PageContext.LANGUAGES.contains(language)) {
        return language;
      }
    }
    return "en";
  }

  private static boolean matches(String cookieToken, Object formToken) {
    return cookieToken != null
        && formToken instanceof String form
        && MessageDigest.isEqual(
            cookieToken.getBytes(StandardCharsets.UTF_8), form.getBytes(StandardCharsets.UTF_8));
  }

  private static String cookie(RoutingContext rc, String name) {
    Cookie cookie = rc.request().getCookie(name);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }
}
