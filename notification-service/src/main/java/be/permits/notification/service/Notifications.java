package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.directory.AgencyDirectory;
import be.permits.notification.domain.AgencyPreference;
import be.permits.notification.domain.Notification;
import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.domain.PersonPreference;
import be.permits.notification.domain.ReviewerAbsence;
import be.permits.notification.mail.MailRenderer;
import be.permits.notification.mail.MailRenderer.Rendered;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Records notifications; {@link MailDelivery} sends them after the recording commits. */
@ApplicationScoped
public class Notifications {
  @Inject EntityManager em;
  @Inject MailRenderer renderer;
  @Inject Clock clock;
  @Inject AgencyDirectory directory;
  @Inject NotificationsConfig config;
  @Inject Absences absences;

  /**
   * Records a notification for each person of {@code agency} whom {@code choose} selects, once per
   * person, in each one's language; a chosen reviewer who is away today has their delegate told
   * too, with a word on whom for. Called in the consumer's transaction, which also records the
   * event as handled: a redelivered event is skipped there and records nothing twice.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void notifyAgency(
      UUID causeEventId,
      UUID applicationId,
      Kind kind,
      Agency agency,
      Map<String, Object> data,
      UnaryOperator<List<Contact>> choose) {
    boolean held = kind == Kind.STEP_OPENED && digests(agency);
    Set<String> told = new HashSet<>();
    List<Contact> people = directory.members(agency);
    List<Contact> chosen = choose.apply(people);
    for (Contact person : chosen) {
      // The directory may list a person twice (two groups, or a mailbox shared by the agency).
      if (told.add(person.subject())) {
        held(notify(causeEventId, applicationId, kind, person, data), held);
      }
    }
    if (kind == Kind.STEP_HANDED_OVER) {
      // Said to the step's new holder alone: an absence's end may reach this service after it.
      return;
    }
    LocalDate today = clock.instant().atZone(SuiteTime.ZONE).toLocalDate();
    for (ReviewerAbsence away :
        absences.covering(chosen.stream().map(Contact::subject).toList(), today)) {
      Contact absent = named(people, away.reviewer);
      Contact delegate = named(people, away.delegate);
      if (delegate != null && told.add(delegate.subject())) {
        Map<String, Object> forThem = new HashMap<>(data);
        if (absent != null && absent.name() != null) {
          forThem.put("onBehalfOf", absent.name());
          forThem.put("onBehalfUntil", away.lastDay.toString());
        }
        held(notify(causeEventId, applicationId, kind, delegate, forThem), held);
      }
    }
  }

  /** The person of the directory with this subject, or {@code null}. */
  static Contact named(List<Contact> people, String subject) {
    return people.stream().filter(p -> p.subject().equals(subject)).findFirst().orElse(null);
  }

  /** A new step's message waits for the daily summary where the agency chose one. */
  private static void held(Notification n, boolean held) {
    if (held && n.status == Notification.Status.PENDING) {
      n.status = Notification.Status.DIGEST;
      n.nextAttemptAt = null;
    }
  }

  /** Where the recipient acts: the case on the desk for reviewers, the file for applicants. */
  private String linkPath(Map<String, Object> data, Kind kind, UUID applicationId) {
    if (data.get("link") instanceof String link && link.startsWith(config.publicUrl())) {
      return link.substring(config.publicUrl().length());
    }
    return kind.isForReviewers() || applicationId == null ? null : "/applications/" + applicationId;
  }

  /** The questions, conditions or reasons of the message, or the reason a proposal came back. */
  private static List<String> items(Map<String, Object> data) {
    for (String key : List.of("questions", "items")) {
      if (data.get(key) instanceof List<?> list) {
        return list.stream().map(String::valueOf).toList();
      }
    }
    return data.get("reason") instanceof String reason ? List.of(reason) : List.of();
  }

  /** Whether the agency chose a daily summary of its new steps. */
  private boolean digests(Agency agency) {
    AgencyPreference preference = em.find(AgencyPreference.class, agency);
    return preference != null && preference.dailyDigest;
  }

  /**
   * Records a notification of {@code kind} about {@code causeEventId} for {@code recipient},
   * written in the recipient's language. Called in the consumer's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Notification notify(
      UUID causeEventId,
      UUID applicationId,
      Kind kind,
      Contact recipient,
      Map<String, Object> data) {
    PersonPreference preference = em.find(PersonPreference.class, recipient.subject());
    String locale =
        preference != null && preference.locale != null ? preference.locale : recipient.locale();
    Map<String, Object> model = new HashMap<>(data);
    model.put("name", recipient.name() != null ? recipient.name() : recipient.subject());
    Rendered rendered = renderer.render(kind, locale, model);
    Instant now = clock.instant();
    Notification n = new Notification();
    n.id = UUID.randomUUID();
    n.causeEventId = causeEventId;
    n.applicationId = applicationId;
    n.kind = kind;
    n.channel = Notification.EMAIL;
    n.recipientSubject = recipient.subject();
    n.recipientEmail = recipient.email();
    n.locale = locale;
    n.subject = rendered.subject();
    n.bodyText = rendered.text();
    n.bodyHtml = rendered.html();
    n.createdAt = now;
    n.reference =
        data.get("reference") instanceof String reference && !reference.isBlank()
            ? reference
            : null;
    n.linkPath = linkPath(data, kind, applicationId);
    n.dueDate =
        data.get("dueDate") instanceof String due && !due.isEmpty() ? LocalDate.parse(due) : null;
    n.items = new ArrayList<>(items(data));
    if (recipient.email() == null) {
      n.status = Notification.Status.SKIPPED;
      n.lastError = "The recipient has no email address.";
    } else if (preference != null && preference.mutedKinds.contains(kind.name())) {
      n.status = Notification.Status.SKIPPED;
      n.lastError = "The recipient turned off emails of this kind.";
    } else {
      n.status = Notification.Status.PENDING;
      n.nextAttemptAt = now;
    }
    em.persist(n);
    return n;
  }
}
