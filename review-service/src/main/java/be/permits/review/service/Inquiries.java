package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PublicDocuments;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewObservationPublished;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.review.domain.Inquiry;
import be.permits.review.domain.Observation;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ReviewCase;
import be.permits.review.service.InquiryCommands.NewObservation;
import be.permits.support.clock.Deadlines.Running;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public inquiry: it opens with the review where the case's procedure has one and runs for the
 * procedure's period (its suspensions left out); anyone may send an observation, which counts once
 * its sender confirms the email address; the coordinating officials publish a redacted copy. Floods
 * are refused: a few observations per email address per inquiry, a few per network address per
 * hour, bounded text and document.
 */
@ApplicationScoped
public class Inquiries {
  /** Observations one email address may send to one inquiry. */
  static final int PER_EMAIL = 3;

  /** Observations one network address may send in an hour, to any inquiry. */
  static final int PER_SENDER_PER_HOUR = 10;

  /** How long a sender has to confirm the address. */
  static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject ProcedureClock procedure;

  @ConfigProperty(name = "inquiry.sender-key", defaultValue = "local-only-sender-key")
  String senderKey;

  /**
   * Opens the case's inquiry, the day after the file was found complete, if its procedure has one;
   * its last day is the clock engine's, the procedure's suspensions left out.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void openIfRequired(ReviewCase c) {
    procedure
        .phase(c, Phase.PUBLIC_INQUIRY)
        .ifPresent(
            rule -> {
              Inquiry inquiry = new Inquiry();
              inquiry.caseId = c.id;
              inquiry.applicationId = c.applicationId;
              inquiry.reference = c.reference;
              inquiry.startsOn = c.completedOn.plusDays(1);
              inquiry.endsOn =
                  procedure
                      .deadlines()
                      .dueDate(
                          Running.from(c.completedOn, rule.period())
                              .suspendedDuring(rule.suspensionPeriods()))
                      .orElseThrow();
              inquiry.openedAt = clock.instant();
              em.persist(inquiry);
              outbox.publish(
                  EventType.REVIEW_INQUIRY_OPENED,
                  c.applicationId,
                  new ReviewInquiryOpened(
                      c.id,
                      c.applicationId,
                      c.reference,
                      inquiry.startsOn,
                      inquiry.endsOn,
                      inquiry.openedAt,
                      c.applicant()),
                  SystemActor.ACTOR);
            });
  }

  /**
   * What the public reads of an inquiry: the project and its site as last revised, the documents
   * that are public, the dates, whether it takes observations today, and the published (redacted)
   * observations. Nothing else of the case.
   */
  public record PublicInquiry(
      String reference,
      String applicant,
      PermitSubmitted.Site site,
      PermitSubmitted.Project project,
      List<PublicDocument> documents,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean open,
      List<PublishedObservation> observations) {}

  /** A document the public may read, and where it downloads it (permit-service holds it). */
  public record PublicDocument(
      String kind, String fileName, long sizeBytes, String sha256, String href) {}

  /** An observation as the public reads it. */
  public record PublishedObservation(
      Instant receivedAt, Observation.Stance stance, List<Observation.Topic> topics, String text) {}

  /**
   * The public page's content for the inquiry on {@code reference}.
   *
   * @throws Refusal not found when no inquiry has that reference
   */
  @be.permits.support.transaction.ReadOnly
  public PublicInquiry publicView(String reference) {
    Inquiry inquiry =
        em.createQuery("FROM Inquiry WHERE reference = :reference", Inquiry.class)
            .setParameter("reference", reference)
            .getResultStream()
            .findFirst()
            .orElseThrow(Refusal::notFound);
    ReviewCase c = em.find(ReviewCase.class, inquiry.caseId);
    PermitSubmitted application = latestApplication(c.id);
    return new PublicInquiry(
        inquiry.reference,
        application.organisation().legalName(),
        application.site(),
        application.project(),
        application.documents().stream()
            .filter(d -> d.supersededBy() == null && PublicDocuments.KINDS.contains(d.kind()))
            .map(
                d ->
                    new PublicDocument(
                        d.kind(),
                        d.fileName(),
                        d.sizeBytes(),
                        d.sha256(),
                        PublicDocuments.path(inquiry.applicationId, d.id())))
            .toList(),
        inquiry.startsOn,
        inquiry.endsOn,
        c.status == ReviewCase.Status.OPEN && inquiry.takesObservationsOn(SuiteTime.today(clock)),
        published(c.id).stream()
            .map(
                o ->
                    new PublishedObservation(
                        o.receivedAt, o.stance, List.copyOf(o.topics), o.redactedText))
            .toList());
  }

  /** The application as its latest revision on the case stands. */
  PermitSubmitted latestApplication(UUID caseId) {
    return EventJson.read(
        em.createQuery(
                "SELECT r.data FROM CaseRevision r WHERE r.caseId = :id ORDER BY r.revision DESC",
                String.class)
            .setParameter("id", caseId)
            .setMaxResults(1)
            .getSingleResult(),
        PermitSubmitted.class);
  }

  /** The inquiry of a case, if it has one. */
  public Inquiry of(UUID caseId) {
    return em.find(Inquiry.class, caseId);
  }

  /** Whether the case's inquiry still runs: the decision waits for it to close. */
  public boolean running(UUID caseId) {
    Inquiry inquiry = of(caseId);
    return inquiry != null && inquiry.closedAt == null;
  }

  /**
   * Takes an observation for the inquiry on {@code reference}, from a sender at {@code
   * senderAddress}, and asks the sender to confirm the address.
   *
   * @throws Refusal not found if no inquiry has that reference; conflict if it is not open today
   *     ({@code inquiry-closed}) or a limit is reached ({@code observation-limit}); incomplete for
   *     a document that is not a PDF
   */
  @Transactional
  public UUID observe(String reference, NewObservation sent, String senderAddress) {
    Inquiry inquiry =
        em.createQuery("FROM Inquiry WHERE reference = :reference", Inquiry.class)
            .setParameter("reference", reference)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(Refusal::notFound);
    Instant now = clock.instant();
    ReviewCase c = em.find(ReviewCase.class, inquiry.caseId);
    if (c.status != ReviewCase.Status.OPEN
        || !inquiry.takesObservationsOn(SuiteTime.today(clock))) {
      throw Refusal.conflict("inquiry-closed", "The inquiry does not take observations today.");
    }
    if (sent.document() != null && !PublicSenders.isPdf(sent.document())) {
      throw Refusal.incomplete(
          "The document is not a PDF.", List.of(new FieldError("document", "must be a PDF")));
    }
    String sender = PublicSenders.sha256(senderKey + "|" + senderAddress);
    // Both counts read rows that this insert adds to: the inquiry's lock keeps them exact.
    long fromEmail =
        em.createQuery(
                "SELECT count(o) FROM Observation o WHERE o.caseId = :case"
                    + " AND lower(o.email) = :email",
                Long.class)
            .setParameter("case", inquiry.caseId)
            .setParameter("email", sent.observerEmail().strip().toLowerCase(Locale.ROOT))
            .getSingleResult();
    long fromSender =
        em.createQuery(
                "SELECT count(o) FROM Observation o WHERE o.senderHash = :sender"
                    + " AND o.receivedAt > :since",
                Long.class)
            .setParameter("sender", sender)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (fromEmail >= PER_EMAIL || fromSender >= PER_SENDER_PER_HOUR) {
      throw Refusal.conflict(
          "observation-limit", "This address has sent as many observations as it may.");
    }
    String confirmation = PublicSenders.newToken();
    Observation o = new Observation();
    o.id = UUID.randomUUID();
    o.caseId = inquiry.caseId;
    o.receivedAt = now;
    o.name = sent.observerName().strip();
    o.address = sent.observerAddress().strip();
    o.email = sent.observerEmail().strip();
    o.locale = sent.locale();
    o.stance = sent.stance();
    o.topics = new ArrayList<>(sent.topics());
    o.originalText = sent.observation().strip();
    if (sent.document() != null) {
      o.document = sent.document();
      o.documentName = sent.documentName();
      o.documentSha256 = PublicSenders.sha256(sent.document());
    }
    o.senderHash = sender;
    o.tokenHash = PublicSenders.sha256(confirmation);
    o.confirmBy = now.plus(CONFIRM_WITHIN);
    em.persist(o);
    outbox.publish(
        EventType.REVIEW_OBSERVATION_RECEIVED,
        inquiry.applicationId,
        new ReviewObservationReceived(
            inquiry.caseId,
            inquiry.applicationId,
            inquiry.reference,
            o.id,
            new Contact("observer-" + o.id, o.name, o.email, o.locale),
            confirmation,
            o.confirmBy,
            now),
        Actor.publicPerson("observation-" + o.id));
    return o.id;
  }

  /** The observation that {@code token} confirms, for its confirmation page. */
  @be.permits.support.transaction.ReadOnly
  public String referenceToConfirm(String token) {
    Observation o = byToken(token);
    return em.find(Inquiry.class, o.caseId).reference;
  }

  /**
   * The sender confirms the address: the observation counts and waits for its redacted copy.
   * Confirming twice changes nothing.
   *
   * @throws Refusal not found for an unknown token; conflict once {@code confirmBy} has passed
   */
  @Transactional
  public String confirm(String token) {
    Observation o = byToken(token);
    em.lock(o, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (o.confirmedAt == null) {
      if (now.isAfter(o.confirmBy)) {
        throw Refusal.conflict(
            "confirmation-expired", "The time to confirm this observation has passed.");
      }
      o.confirmedAt = now;
    }
    return em.find(Inquiry.class, o.caseId).reference;
  }

  private Observation byToken(String token) {
    return em.createQuery("FROM Observation WHERE tokenHash = :hash", Observation.class)
        .setParameter("hash", PublicSenders.tokenHash(token))
        .getResultStream()
        .findFirst()
        .orElseThrow(Refusal::notFound);
  }

  /**
   * A coordinating official publishes the redacted copy of a confirmed observation: what the
   * applicant and the public read. The original stays as sent.
   *
   * @throws Refusal not found unless the caller is a coordinating official and the observation is
   *     the case's; conflict if it is unconfirmed or published already
   */
  @Transactional
  public void publish(Caller official, UUID caseId, UUID observationId, String redacted) {
    if (official.agency() != Agency.COORDINATION || !official.hasRole(Roles.COORDINATOR)) {
      throw Refusal.notFound();
    }
    Observation o = em.find(Observation.class, observationId, LockModeType.PESSIMISTIC_WRITE);
    if (o == null || !o.caseId.equals(caseId)) {
      throw Refusal.notFound();
    }
    if (o.state() != Observation.State.TO_MODERATE) {
      throw Refusal.conflict(
          "observation-not-to-moderate", "Only a confirmed, unpublished observation is published.");
    }
    Instant now = clock.instant();
    o.redactedText = redacted.strip();
    o.redactedBy = official.subject();
    o.redactedAt = now;
    o.publishedAt = now;
    Inquiry inquiry = em.find(Inquiry.class, caseId);
    outbox.publish(
        EventType.REVIEW_OBSERVATION_PUBLISHED,
        inquiry.applicationId,
        new ReviewObservationPublished(
            caseId,
            inquiry.applicationId,
            inquiry.reference,
            o.id,
            o.stance.name(),
            o.topics.stream().map(Enum::name).toList(),
            o.redactedText,
            o.receivedAt,
            now),
        Actor.reviewer(official));
  }

  /** The confirmed observations of a case, oldest first. */
  public List<Observation> confirmed(UUID caseId) {
    return em.createQuery(
            "FROM Observation WHERE caseId = :case AND confirmedAt IS NOT NULL"
                + " ORDER BY receivedAt",
            Observation.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /** The published observations of a case, oldest first: what the public reads. */
  public List<Observation> published(UUID caseId) {
    return em.createQuery(
            "FROM Observation WHERE caseId = :case AND publishedAt IS NOT NULL"
                + " ORDER BY receivedAt",
            Observation.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /** Today, for the adapters' views. */
  public LocalDate today() {
    return SuiteTime.today(clock);
  }
}
