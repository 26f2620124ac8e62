package be.permits.notification.directory;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.notification.config.NotificationsConfig;
import be.permits.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people of each agency, with their email and language, read from Keycloak, the one directory
 * of people: the members of the group {@code /agencies/<agency>}, through Quarkus' Keycloak admin
 * client with this service's own service account (which may only view users and groups; the
 * client's token manager fetches and renews its token).
 *
 * <p>Keycloak is asked only by {@link #refresh}, which a consumer calls before its transaction
 * begins; {@link #members} answers from what is known, so that no transaction waits on Keycloak. If
 * Keycloak cannot be reached, the last known members serve, and without any, the agency's
 * configured mailbox.
 */
@ApplicationScoped
public class AgencyDirectory {
  private static final Logger LOG = Logger.getLogger(AgencyDirectory.class);
  private static final int MAX_MEMBERS = 500;

  /** Where Keycloak is; without it (the service tests) the mailboxes serve. */
  @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url")
  Optional<String> keycloakUrl;

  @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
  String realm;

  @Inject Instance<Keycloak> keycloak;
  @Inject NotificationsConfig config;
  @Inject Clock clock;

  private final Map<Agency, Members> cache = new ConcurrentHashMap<>();

  private record Members(List<Contact> people, Instant fetchedAt) {}

  /**
   * The agency's people as last read from Keycloak, or its mailbox; never asks Keycloak, so it may
   * be called inside a transaction. Never empty when a mailbox is configured for the agency.
   */
  public List<Contact> members(Agency agency) {
    Members known = cache.get(agency);
    if (known != null) {
      return known.people();
    }
    return mailbox(agency).map(List::of).orElse(List.of());
  }

  /**
   * Reads the agency's members from Keycloak unless they were read recently. Must not be called
   * inside a transaction: Keycloak may take up to the client's timeout to answer. Consumers call it
   * with no request context; the admin client is request-scoped, so one is opened for the call.
   */
  @ActivateRequestContext
  public void refresh(Agency agency) {
    Members known = cache.get(agency);
    Instant now = clock.instant();
    if (keycloakUrl.isEmpty()
        || (known != null && known.fetchedAt().plus(config.directory().refresh()).isAfter(now))) {
      return;
    }
    try {
      List<Contact> people = fetch(agency);
      if (!people.isEmpty()) {
        cache.put(agency, new Members(people, now));
      }
    } catch (RuntimeException e) {
      LOG.warnf("Keycloak could not tell the members of %s: %s", agency, e.getMessage());
    }
  }

  /** The agency's shared mailbox, if one is configured. */
  Optional<Contact> mailbox(Agency agency) {
    return Optional.ofNullable(config.agencyMailbox().get(agency.claim()))
        .map(
            address ->
                new Contact(
                    "mailbox:" + agency.claim(), null, address, config.agencyMailboxLocale()));
  }

  private List<Contact> fetch(Agency agency) {
    RealmResource realmResource = keycloak.get().realm(realm);
    GroupRepresentation group = realmResource.getGroupByPath("agencies/" + agency.claim());
    List<Contact> people = new ArrayList<>();
    for (UserRepresentation user :
        realmResource.groups().group(group.getId()).members(0, MAX_MEMBERS, false)) {
      if (Boolean.FALSE.equals(user.isEnabled())) {
        continue;
      }
      String name =
          ((user.getFirstName() == null ? "" : user.getFirstName())
                  + " "
                  + (user.getLastName() == null ? "" : user.getLastName()))
              .strip();
      List<String> locale =
          user.getAttributes() == null ? null : user.getAttributes().get("locale");
      people.add(
          new Contact(
              user.getId(),
              name.isEmpty() ? user.getUsername() : name,
              user.getEmail(),
              CurrentCaller.locale(locale == null || locale.isEmpty() ? null : locale.get(0))));
    }
    return people;
  }
}
