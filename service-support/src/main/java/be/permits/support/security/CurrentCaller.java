package be.permits.support.security;

import be.permits.contracts.Agency;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from its verified token. Inject this (a
 * request-scoped proxy) rather than a {@code Caller}, so that singletons see each request's caller.
 */
@RequestScoped
public class CurrentCaller {
  private static final Set<String> LOCALES = Set.of("fr", "nl", "de", "en");
  private static final int MAX_CLAIM = 255;

  @Inject SecurityIdentity identity;
  private Caller caller;

  /**
   * The caller of this request.
   *
   * @throws io.quarkus.security.UnauthorizedException if the request carries no token
   */
  public Caller get() {
    if (caller == null) {
      caller = read();
    }
    return caller;
  }

  private Caller read() {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      throw new io.quarkus.security.UnauthorizedException();
    }
    String name = claim(token, "name");
    if (name == null) {
      name = claim(token, "preferred_username");
    }
    return new Caller(
        token.getSubject(),
        name,
        claim(token, "email"),
        locale(claim(token, "locale")),
        Set.copyOf(identity.getRoles()),
        claim(token, "organisation"),
        Agency.fromClaim(claim(token, "agency")));
  }

  /** The four languages of the suite; anything else falls back to English. */
  public static String locale(String requested) {
    if (requested == null) {
      return "en";
    }
    String language = Locale.forLanguageTag(requested.replace('_', '-')).getLanguage();
    return LOCALES.contains(language) ? language : "en";
  }

  /** A claim as text: the first value of a list, cut to a sane length, or {@code null}. */
  public static String claim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    // A multi-valued attribute mapper yields a JSON array; the first value is the one that counts.
    if (value instanceof java.util.Collection<?> values) {
      text = values.isEmpty() ? null : String.valueOf(values.iterator().next());
    } else if (value instanceof jakarta.json.JsonString json) {
      text = json.getString();
    } else if (value instanceof jakarta.json.JsonArray array) {
      text = array.isEmpty() ? null : array.getString(0);
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() > MAX_CLAIM ? text.substring(0, MAX_CLAIM) : text;
  }
}
