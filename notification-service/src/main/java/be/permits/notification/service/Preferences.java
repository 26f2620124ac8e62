package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.notification.domain.AgencyPreference;
import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.domain.PersonPreference;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What people and agencies chose about their messages. */
@ApplicationScoped
public class Preferences {
  @Inject EntityManager em;
  @Inject Clock clock;

  /** A person's choices, and their agency's. */
  @Schema(name = "Preferences")
  public record PreferencesView(
      @Schema(description = "Language of my messages; null: my profile's", maxLength = 2)
          String locale,
      @Schema(maxItems = 40, description = "Kinds of message I do not want by email")
          List<Kind> mutedKinds,
      @Schema(description = "My agency, if I am a reviewer") Agency agency,
      @Schema(description = "Whether my agency gets a daily summary of new steps")
          boolean agencyDailyDigest) {}

  /** What a person chooses: the language of their messages, and the kinds not to email. */
  @Schema(name = "PreferencesChange")
  public record Choice(
      @Size(max = 2) @Pattern(regexp = "fr|nl|de|en") String locale,
      @NotNull @Size(max = 40) List<@NotNull Kind> mutedKinds) {}

  /** What a reviewer chooses for their agency. */
  @Schema(name = "AgencyPreferenceChange")
  public record AgencyChoice(@NotNull Boolean dailyDigest) {}

  /** The person's choices; defaults (profile language, every email) when they made none. */
  @ReadOnly
  public PreferencesView of(Caller caller) {
    PersonPreference p = em.find(PersonPreference.class, caller.subject());
    return new PreferencesView(
        p == null ? null : p.locale,
        p == null ? List.of() : p.mutedKinds.stream().map(Kind::valueOf).toList(),
        caller.agency(),
        dailyDigest(caller.agency()));
  }

  /**
   * Saves the person's choices and, if {@code agency} is given, their agency's: one transaction.
   *
   * @throws Refusal not found if an agency choice comes from someone of no agency
   */
  @Transactional
  public PreferencesView choose(Caller caller, Choice choice, AgencyChoice agency) {
    PersonPreference p = em.find(PersonPreference.class, caller.subject());
    boolean fresh = p == null;
    if (fresh) {
      p = new PersonPreference();
      p.subject = caller.subject();
    }
    p.locale = choice.locale();
    p.mutedKinds =
        new ArrayList<>(choice.mutedKinds().stream().map(Kind::name).distinct().toList());
    p.updatedAt = clock.instant();
    if (fresh) {
      em.persist(p);
    }
    if (agency != null) {
      chooseForAgency(caller, agency);
    }
    return of(caller);
  }

  /**
   * A reviewer sets their own agency's choice.
   *
   * @throws Refusal not found if the caller belongs to no agency
   */
  @Transactional
  public PreferencesView chooseForAgency(Caller reviewer, AgencyChoice choice) {
    if (reviewer.agency() == null) {
      throw Refusal.notFound();
    }
    AgencyPreference p = em.find(AgencyPreference.class, reviewer.agency());
    boolean fresh = p == null;
    if (fresh) {
      p = new AgencyPreference();
      p.agency = reviewer.agency();
    }
    p.dailyDigest = choice.dailyDigest();
    p.updatedBy = reviewer.subject();
    p.updatedAt = clock.instant();
    if (fresh) {
      em.persist(p);
    }
    return of(reviewer);
  }

  /** Whether the agency chose one daily summary instead of an email per new step. */
  @ReadOnly
  public boolean dailyDigest(Agency agency) {
    AgencyPreference p = agency == null ? null : em.find(AgencyPreference.class, agency);
    return p != null && p.dailyDigest;
  }
}
