package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.notification.domain.AgencyPreference;
import be.permits.notification.domain.PersonPreference;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What people and agencies chose about their messages. */
@ApplicationScoped
public class Preferences {
  @Inject EntityManager em;
  @Inject Clock clock;

  /** The person's choices; defaults (profile language, every email) when they made none. */
  @ReadOnly
  public PersonPreference of(String subject) {
    PersonPreference p = em.find(PersonPreference.class, subject);
    if (p == null) {
      p = new PersonPreference();
      p.subject = subject;
    }
    return p;
  }

  @Transactional
  public PersonPreference save(String subject, String locale, List<String> mutedKinds) {
    PersonPreference p = em.find(PersonPreference.class, subject);
    if (p == null) {
      p = new PersonPreference();
      p.subject = subject;
      p.locale = locale;
      p.mutedKinds = new ArrayList<>(mutedKinds);
      p.updatedAt = clock.instant();
      em.persist(p);
    } else {
      p.locale = locale;
      p.mutedKinds = new ArrayList<>(mutedKinds);
      p.updatedAt = clock.instant();
    }
    return p;
  }

  @ReadOnly
  public boolean dailyDigest(Agency agency) {
    AgencyPreference p = agency == null ? null : em.find(AgencyPreference.class, agency);
    return p != null && p.dailyDigest;
  }

  /** A reviewer sets their own agency's choice. */
  @Transactional
  public void setDailyDigest(Caller reviewer, boolean daily) {
    AgencyPreference p = em.find(AgencyPreference.class, reviewer.agency());
    boolean fresh = p == null;
    if (fresh) {
      p = new AgencyPreference();
      p.agency = reviewer.agency();
    }
    p.dailyDigest = daily;
    p.updatedBy = reviewer.subject();
    p.updatedAt = clock.instant();
    if (fresh) {
      em.persist(p);
    }
  }
}
