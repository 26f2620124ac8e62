package be.permits.notification.directory;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventJson;
import be.permits.support.security.CurrentCaller;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The people of each agency, with their email and language, read from Keycloak, the one directory
 * of people: the members of the group {@code /agencies/<agency>}, through the admin REST API with
 * this service's own service account (which may only view users and groups). Kept for a while and
 * refreshed; if Keycloak cannot be reached, the last known members serve, and without any, the
 * agency's configured mailbox ({@code notifications.agency-mailbox.<agency>}).
 */
@ApplicationScoped
public class AgencyDirectory {
  private static final Logger LOG = Logger.getLogger(AgencyDirectory.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_MEMBERS = 500;

  @ConfigProperty(name = "notifications.directory.url")
  Optional<String> keycloakUrl;

  @ConfigProperty(name = "notifications.directory.realm", defaultValue = "permits")
  String realm;

  @ConfigProperty(name = "notifications.directory.client-id", defaultValue = "notification-service")
  String clientId;

  @ConfigProperty(name = "notifications.directory.client-secret")
  Optional<String> clientSecret;

  @ConfigProperty(name = "notifications.directory.refresh", defaultValue = "PT5M")
  Duration refresh;

  @ConfigProperty(name = "notifications.agency-mailbox-locale", defaultValue = "fr")
  String mailboxLocale;

  @Inject Clock clock;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Map<Agency, Members> cache = new ConcurrentHashMap<>();
  private volatile AccessToken token;

  private record Members(List<Contact> people, Instant fetchedAt) {}

  private record AccessToken(String value, Instant expiresAt) {}

  /** The agency's people; never empty when a mailbox is configured for it. */
  public List<Contact> members(Agency agency) {
    Members known = cache.get(agency);
    Instant now = clock.instant();
    if (known != null && known.fetchedAt().plus(refresh).isAfter(now)) {
      return known.people();
    }
    if (keycloakUrl.isPresent() && clientSecret.isPresent()) {
      try {
        List<Contact> people = fetch(agency);
        if (!people.isEmpty()) {
          cache.put(agency, new Members(people, now));
          return people;
        }
      } catch (IOException | RuntimeException e) {
        LOG.warnf("Keycloak could not tell the members of %s: %s", agency, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (known != null) {
      return known.people();
    }
    return mailbox(agency).map(List::of).orElse(List.of());
  }

  /** The agency's shared mailbox, if one is configured. */
  Optional<Contact> mailbox(Agency agency) {
    return ConfigProvider.getConfig()
        .getOptionalValue("notifications.agency-mailbox." + agency.claim(), String.class)
        .map(address -> new Contact("mailbox:" + agency.claim(), null, address, mailboxLocale));
  }

  private List<Contact> fetch(Agency agency) throws IOException, InterruptedException {
    String admin = keycloakUrl.get() + "/admin/realms/" + realm;
    JsonNode group = get(admin + "/group-by-path/agencies/" + agency.claim());
    JsonNode members =
        get(
            admin
                + "/groups/"
                + group.path("id").asText()
                + "/members?briefRepresentation=false&max="
                + MAX_MEMBERS);
    List<Contact> people = new ArrayList<>();
    for (JsonNode user : members) {
      if (!user.path("enabled").asBoolean(true)) {
        continue;
      }
      String name =
          (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
      JsonNode locale = user.path("attributes").path("locale");
      people.add(
          new Contact(
              user.path("id").asText(),
              name.isEmpty() ? user.path("username").asText() : name,
              user.hasNonNull("email") ? user.get("email").asText() : null,
              CurrentCaller.locale(
                  locale.isArray() && !locale.isEmpty() ? locale.get(0).asText() : null)));
    }
    return people;
  }

  private JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + response.statusCode());
    }
    return EventJson.mapper().readTree(response.body());
  }

  /** The service account's token (client credentials), reused until shortly before it expires. */
  private String accessToken() throws IOException, InterruptedException {
    AccessToken current = token;
    Instant now = clock.instant();
    if (current != null && current.expiresAt().isAfter(now.plusSeconds(30))) {
      return current.value();
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret.orElseThrow(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        keycloakUrl.get() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("The service account's login answered " + response.statusCode());
    }
    JsonNode body = EventJson.mapper().readTree(response.body());
    token =
        new AccessToken(
            body.path("access_token").asText(),
            now.plusSeconds(body.path("expires_in").asLong(60)));
    return token.value();
  }
}
