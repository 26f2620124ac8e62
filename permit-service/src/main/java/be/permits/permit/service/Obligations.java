package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.DocumentType;
import be.permits.permit.domain.ObligationEvidence;
import be.permits.permit.domain.PermitObligation;
import be.permits.support.json.ControlCharacters;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The granted permit's conditions as the operator's obligations: kept as review-service set them,
 * read by the application's owner, who hands in evidence for each (a statement and a PDF, kept
 * here); review-service's findings say where each stands. Every change locks the application, as
 * every change of an application does, so evidence and a finding arriving together take turns.
 */
@ApplicationScoped
public class Obligations {
  /** The longest statement that comes with evidence. */
  public static final int MOST_STATEMENT = 4000;

  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @ConfigProperty(name = "attachments.max-bytes")
  long maxBytes;

  /** An obligation as the applicant reads it. */
  @Schema(name = "Obligation")
  public record ObligationView(
      UUID id,
      @Schema(description = "The agency that set the condition and reviews the evidence")
          Agency agency,
      @Schema(maxLength = 2000) String condition,
      @Schema(maxLength = 2000, description = "What to hand in to show it is kept") String evidence,
      LocalDate firstDue,
      @Schema(minimum = "1", maximum = "120", description = "Months between two; none: once")
          Integer everyMonths,
      @Schema(description = "The day the next evidence is due") LocalDate nextDue,
      @Schema(enumeration = {"AWAITED", "TO_REVIEW", "FULFILLED", "BREACHED"}) String state,
      @Schema(description = "Evidence awaited and its due date passed") boolean overdue,
      @Schema(description = "The agency's last finding, if any") EvidenceOutcome lastOutcome,
      @Schema(maxLength = 2000, description = "The agency's words with it") String lastReason,
      @Schema(maxLength = 16, description = "The enforcement case a breach opened")
          String enforcementReference,
      @Schema(maxItems = 200, description = "Evidence handed in, the latest first")
          List<EvidenceView> handedIn) {

    /** Whether evidence can be handed in now: none waits for review, and some is still owed. */
    public boolean open() {
      return "AWAITED".equals(state) || "BREACHED".equals(state);
    }
  }

  /** Evidence as handed in, and the finding on it. */
  @Schema(name = "Evidence")
  public record EvidenceView(
      UUID id,
      @Schema(description = "The due date it answers") LocalDate due,
      @Schema(maxLength = 4000) String statement,
      @Schema(maxLength = 255) String fileName,
      @Schema(minimum = "1", maximum = "20971520") long sizeBytes,
      @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String sha256,
      Instant submittedAt,
      @Schema(description = "None until reviewed") EvidenceOutcome outcome,
      @Schema(maxLength = 2000) String reason) {
    static EvidenceView of(ObligationEvidence e) {
      return new EvidenceView(
          e.id,
          e.due,
          e.statement,
          e.fileName,
          e.sizeBytes,
          e.sha256,
          e.submittedAt,
          e.outcome,
          e.reason);
    }
  }

  /** Evidence to hand in: what the operator says, and the PDF that shows it. */
  public record Evidence(String statement, String fileName, byte[] content) {}

  /** review-service set the obligations: kept once, whatever the deliveries. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(ReviewObligationsSet event) {
    if (owned.lockNamedByEvent(event.applicationId()) == null) {
      return;
    }
    for (ReviewObligationsSet.Obligation o : event.obligations()) {
      if (em.find(PermitObligation.class, o.id()) != null) {
        continue;
      }
      PermitObligation kept = new PermitObligation();
      kept.id = o.id();
      kept.applicationId = event.applicationId();
      kept.agency = o.agency();
      kept.condition = o.condition();
      kept.evidence = o.evidence();
      kept.firstDue = o.firstDue();
      kept.nextDue = o.firstDue();
      kept.everyMonths = o.everyMonths();
      kept.setAt = event.setAt();
      em.persist(kept);
    }
  }

  /**
   * Hands in evidence for one of the caller's obligations; the agency that set it is told.
   *
   * @throws Refusal not found for another's obligation; conflict while earlier evidence waits for
   *     review, once nothing more is owed, or once the permit is refused; incomplete without a
   *     statement; too large, or unsupported unless a PDF named as one
   */
  @Transactional
  public EvidenceView submit(
      Caller caller, UUID applicationId, UUID obligationId, Evidence evidence) {
    Application a = owned.lock(caller, applicationId);
    PermitObligation o = obligationOf(a.id, obligationId);
    if (a.status == ApplicationStatus.REJECTED) {
      throw Refusal.conflict(
          "permit-refused", "The permit was refused on appeal: its conditions bind no one.");
    }
    if ("TO_REVIEW".equals(o.state)) {
      throw Refusal.conflict(
          "evidence-under-review", "Earlier evidence waits for the agency's review.");
    }
    if ("FULFILLED".equals(o.state)) {
      throw Refusal.conflict("obligation-fulfilled", "Nothing more is owed for this condition.");
    }
    String statement = evidence.statement() == null ? "" : evidence.statement().strip();
    if (ControlCharacters.in(statement)) {
      throw Refusal.incomplete(
          "The statement holds control characters; write it as plain text.",
          List.of(new FieldError("statement", "control characters are not accepted in text")));
    }
    if (statement.isEmpty() || statement.length() > MOST_STATEMENT) {
      throw Refusal.incomplete(
          "Say what the document shows, in at most " + MOST_STATEMENT + " characters.",
          List.of(new FieldError("statement", "required, at most " + MOST_STATEMENT)));
    }
    byte[] content = evidence.content();
    if (content == null || content.length == 0 || content.length > maxBytes) {
      throw Refusal.tooLarge(
          "The document must hold between 1 byte and " + maxBytes + " bytes.",
          new FieldError("file", "empty or too large"));
    }
    String fileName = Attachments.safeFileName(evidence.fileName());
    if (DocumentType.detect(content).filter(t -> t == DocumentType.PDF).isEmpty()
        || !DocumentType.PDF.isNameOf(fileName)) {
      throw Refusal.unsupportedType(
          "Evidence is a PDF, recognised by its content, under a name ending in .pdf.",
          new FieldError("file", "not a PDF named as one"));
    }
    ObligationEvidence e = new ObligationEvidence();
    e.id = UUID.randomUUID();
    e.obligationId = o.id;
    e.applicationId = a.id;
    e.due = o.nextDue;
    e.statement = statement;
    e.fileName = fileName;
    e.sizeBytes = content.length;
    e.sha256 = Attachments.sha256(content);
    e.content = content;
    e.submittedAt = clock.instant();
    e.submittedBy = caller.subject();
    em.persist(e);
    o.state = "TO_REVIEW";
    outbox.publish(
        EventType.PERMIT_EVIDENCE_SUBMITTED,
        a.id,
        new PermitEvidenceSubmitted(
            a.id,
            a.reference,
            o.id,
            o.agency,
            e.id,
            e.due,
            e.statement,
            e.fileName,
            e.sizeBytes,
            e.sha256,
            e.submittedAt),
        Actor.applicant(caller));
    return EvidenceView.of(e);
  }

  /**
   * The agency's finding, as review-service tells it: the same finding delivered twice changes
   * nothing more.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reviewed(ReviewObligationReviewed finding) {
    if (owned.lockNamedByEvent(finding.applicationId()) == null) {
      return;
    }
    PermitObligation o = em.find(PermitObligation.class, finding.obligationId());
    if (o == null) {
      return;
    }
    ObligationEvidence e =
        finding.evidenceId() == null
            ? null
            : em.find(ObligationEvidence.class, finding.evidenceId());
    if (e != null) {
      e.outcome = finding.outcome();
      e.reason = finding.reason();
      e.reviewedAt = finding.reviewedAt();
    }
    o.lastOutcome = finding.outcome();
    o.lastReason = finding.reason();
    if (finding.enforcementReference() != null) {
      o.enforcementReference = finding.enforcementReference();
    }
    if (finding.nextDue() != null) {
      o.nextDue = finding.nextDue();
    }
    o.state =
        waitsForReview(o)
            ? "TO_REVIEW"
            : finding.nextDue() != null
                ? "AWAITED"
                : finding.outcome() == EvidenceOutcome.ACCEPTED ? "FULFILLED" : "BREACHED";
  }

  /** Evidence handed in that no finding answered yet (it crossed a breach found without it). */
  private boolean waitsForReview(PermitObligation o) {
    return !em.createQuery(
            "SELECT e.id FROM ObligationEvidence e WHERE e.obligationId = :o AND e.outcome IS NULL",
            UUID.class)
        .setParameter("o", o.id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The obligations of the caller's application, the next due first. */
  @ReadOnly
  public List<ObligationView> of(Caller caller, UUID applicationId) {
    owned.read(caller, applicationId);
    return list(applicationId);
  }

  /**
   * @throws Refusal not found unless the obligation is of the caller's application
   */
  @ReadOnly
  public OfApplication one(Caller caller, UUID applicationId, UUID obligationId) {
    Application a = owned.read(caller, applicationId);
    if (a.status == ApplicationStatus.REJECTED) {
      throw Refusal.notFound();
    }
    return new OfApplication(a.reference, view(obligationOf(a.id, obligationId)));
  }

  /** An obligation with the reference of its application, for its page. */
  public record OfApplication(String reference, ObligationView obligation) {}

  /**
   * The document of a piece of evidence: for the application's owner, for reviewers of the agency
   * that set the condition (their desk links here), and for the deciding authority, which acts on
   * the permit when a breach is found.
   *
   * @throws Refusal not found for anyone else
   */
  @ReadOnly
  public Attachments.Content document(
      Caller caller, UUID applicationId, UUID obligationId, UUID evidenceId) {
    PermitObligation o;
    if (caller.agency() != null) {
      o = em.find(PermitObligation.class, obligationId);
      if (o == null
          || !o.applicationId.equals(applicationId)
          || (o.agency != caller.agency() && caller.agency() != Agency.DECIDING_AUTHORITY)) {
        throw Refusal.notFound();
      }
    } else {
      o = obligationOf(owned.read(caller, applicationId).id, obligationId);
    }
    ObligationEvidence e = em.find(ObligationEvidence.class, evidenceId);
    if (e == null || !e.obligationId.equals(o.id)) {
      throw Refusal.notFound();
    }
    return new Attachments.Content(e.fileName, "application/pdf", e.sha256, e.content);
  }

  @ReadOnly
  List<ObligationView> list(UUID applicationId) {
    Application a = em.find(Application.class, applicationId);
    if (a != null && a.status == ApplicationStatus.REJECTED) {
      // Refused on appeal after a grant: the permit's conditions no longer bind anyone.
      return List.of();
    }
    return em.createQuery(
            "FROM PermitObligation WHERE applicationId = :id ORDER BY nextDue, condition",
            PermitObligation.class)
        .setParameter("id", applicationId)
        .setMaxResults(50)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  private PermitObligation obligationOf(UUID applicationId, UUID obligationId) {
    PermitObligation o = em.find(PermitObligation.class, obligationId);
    if (o == null || !o.applicationId.equals(applicationId)) {
      throw Refusal.notFound();
    }
    return o;
  }

  private ObligationView view(PermitObligation o) {
    List<EvidenceView> handedIn =
        em.createQuery(
                "FROM ObligationEvidence WHERE obligationId = :o ORDER BY submittedAt DESC, id",
                ObligationEvidence.class)
            .setParameter("o", o.id)
            .setMaxResults(200)
            .getResultStream()
            .map(EvidenceView::of)
            .toList();
    return new ObligationView(
        o.id,
        o.agency,
        o.condition,
        o.evidence,
        o.firstDue,
        o.everyMonths,
        o.nextDue,
        o.state,
        "AWAITED".equals(o.state) && o.nextDue.isBefore(SuiteTime.today(clock)),
        o.lastOutcome,
        o.lastReason,
        o.enforcementReference,
        handedIn);
  }
}
