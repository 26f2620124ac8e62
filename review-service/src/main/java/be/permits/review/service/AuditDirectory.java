package be.permits.review.service;

import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the auditor console needs to speak of people and applications in words: names for subjects,
 * references for application ids, and the people a name fits.
 */
@ApplicationScoped
public class AuditDirectory {
  /** The most people one name may stand for in a search. */
  public static final int MAX_PEOPLE = 50;

  @Inject EntityManager em;
  @Inject PeopleNames names;

  @ReadOnly
  public Function<String, String> namesOf(Collection<String> subjects) {
    return names.of(subjects);
  }

  @ReadOnly
  public List<String> subjectsNamed(String words) {
    return names.subjectsNamed(words, MAX_PEOPLE);
  }

  /** The application with this reference (any case), if it has a review case. */
  @ReadOnly
  public Optional<UUID> applicationWithReference(String reference) {
    return em.createQuery(
            "SELECT c.applicationId FROM ReviewCase c WHERE c.reference = :reference", UUID.class)
        .setParameter("reference", reference.strip().toUpperCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Each application's reference, for those with a review case. */
  @ReadOnly
  public Map<UUID, String> referencesOf(Collection<UUID> applicationIds) {
    List<UUID> wanted = applicationIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> references = new HashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery(
              "SELECT c.applicationId, c.reference FROM ReviewCase c"
                  + " WHERE c.applicationId IN :ids",
              Object[].class)
          .setParameter("ids", wanted)
          .getResultStream()
          .forEach(row -> references.put((UUID) row[0], (String) row[1]));
    }
    return references;
  }
}
