package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.Inquiry;
import be.permits.review.domain.Observation;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewNote;
import be.permits.review.domain.ReviewStep;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What reviewers read about cases. */
public final class CaseViews {
  private CaseViews() {}

  @Schema(name = "Step")
  public record StepView(
      UUID id,
      Agency agency,
      @Schema(maxLength = 80) String ruleId,
      @Schema(maxLength = 1000, description = "Why the agency reviews, in English") String reason,
      @Schema(description = "Why the agency reviews, by language: en, fr, nl and de")
          Map<String, @Size(max = 2000) String> routingReasons,
      ReviewStep.Status status,
      LocalDate dueDate,
      @Schema(description = "Past its deadline and still undecided") boolean overdue,
      @Schema(description = "When the overdue step was escalated") Instant escalatedAt,
      @Schema(maxLength = 255, description = "Subject of the reviewer holding the step")
          String assignee,
      @Schema(maxLength = 200, description = "Name of the reviewer holding the step")
          String assigneeName,
      @Schema(
              maxLength = 255,
              description = "The absent reviewer for whom the holder stands in, while away")
          String standingInFor,
      @Schema(maxLength = 200, description = "The name of the absent reviewer")
          String standingInForName,
      @Schema(maxLength = 30) String decision,
      @Schema(maxLength = 255, description = "Four-eyes: who proposed the decision")
          String proposedBy,
      @Schema(maxLength = 200, description = "Four-eyes: the name of who proposed the decision")
          String proposedByName,
      @Schema(maxLength = 255, description = "Who decided (confirmed, on a four-eyes step)")
          String decidedBy,
      @Schema(maxLength = 200, description = "The name of who decided") String decidedByName,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> conditions,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> reasons,
      @Schema(description = "Four-eyes: the last proposal returned, until the next proposal")
          Returned returned,
      @Schema(minimum = "1", maximum = "10000", description = "The revision the step reviews")
          int reviewedRevision,
      @Schema(
              minimum = "1",
              maximum = "10000",
              description = "The revision the agency last decided or asked about")
          Integer actedOnRevision,
      @Schema(
              minimum = "1",
              maximum = "365",
              description =
                  "FDI screening: the screening phase's days, once the committee opened it")
          Integer screeningDays,
      @Schema(maxLength = 2000, description = "FDI screening: why the screening phase was opened")
          String screeningReason) {

    /** Why the agency reviews, in {@code lang} if the rules that routed it say so. */
    public String reasonIn(String lang) {
      return routingReasons.getOrDefault(lang, reason);
    }

    /**
     * The step as of {@code today}, which decides whether it is overdue, with the people on it
     * named by {@code names}.
     */
    public static StepView of(ReviewStep s, LocalDate today, Function<String, String> names) {
      return new StepView(
          s.id,
          s.agency,
          s.ruleId,
          s.reason,
          Map.copyOf(s.reasonTexts),
          s.status,
          s.dueDate,
          s.isOverdue(today),
          s.escalatedAt,
          s.assignee,
          names.apply(s.assignee),
          s.standingInFor,
          names.apply(s.standingInFor),
          s.decision,
          s.proposedBy,
          names.apply(s.proposedBy),
          s.decidedBy,
          names.apply(s.decidedBy),
          List.copyOf(s.conditions),
          List.copyOf(s.reasons),
          s.returnedAt == null
              ? null
              : new Returned(
                  s.returnedBy,
                  names.apply(s.returnedBy),
                  s.returnedReason,
                  s.returnedAt,
                  s.returnedProposal.outcome(),
                  s.returnedProposal.conditions(),
                  s.returnedProposal.reasons()),
          s.reviewedRevision,
          s.actedOnRevision,
          s.screeningDays,
          s.screeningReason);
    }
  }

  @Schema(name = "ReturnedProposal")
  public record Returned(
      @Schema(maxLength = 255) String by,
      @Schema(maxLength = 200) String byName,
      @Schema(maxLength = 2000) String reason,
      Instant at,
      @Schema(maxLength = 30) String outcome,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> conditions,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> reasons) {}

  @Schema(name = "CaseSummary")
  public record CaseSummary(
      UUID id,
      UUID applicationId,
      @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14) String reference,
      @Schema(maxLength = 200) String siteName,
      ReviewCase.Status status,
      Instant openedAt,
      @Schema(description = "The caller's agency's step") StepView myStep) {}

  @Schema(name = "Change", description = "A field that changed between two revisions")
  public record Change(
      @Schema(maxLength = 200) String field,
      @Schema(maxLength = 20000, description = "The value before, as JSON") String before,
      @Schema(maxLength = 20000, description = "The value after, as JSON") String after) {}

  @Schema(name = "InformationRequest", description = "A request for information and its answer")
  public record RequestView(
      UUID id,
      Agency agency,
      @Schema(maxItems = 30) List<@Size(max = 2000) String> questions,
      LocalDate dueDate,
      Instant askedAt,
      @Schema(maxLength = 255) String askedBy,
      @Schema(maxLength = 200) String askedByName,
      @Schema(minimum = "1", maximum = "10000") int askedOnRevision,
      @Schema(maxLength = 5000, description = "The applicant's answer, once given") String answer,
      Instant answeredAt,
      @Schema(
              minimum = "1",
              maximum = "10000",
              description = "The revision the answer made; its new documents came with it")
          Integer answerRevision) {}

  @Schema(name = "Note")
  public record NoteView(
      UUID id,
      UUID stepId,
      Agency agency,
      @Schema(maxLength = 255) String author,
      @Schema(maxLength = 200) String authorName,
      ReviewNote.Visibility visibility,
      @Schema(maxLength = 4000) String text,
      Instant writtenAt) {

    public static NoteView of(ReviewNote n) {
      return new NoteView(
          n.id, n.stepId, n.agency, n.author, n.authorName, n.visibility, n.text, n.writtenAt);
    }
  }

  @Schema(name = "Case")
  public record CaseView(
      UUID id,
      UUID applicationId,
      @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14) String reference,
      @Schema(minimum = "1", maximum = "10000") int revision,
      @Schema(maxLength = 40, description = "Version of the routing rules that chose the steps")
          String ruleVersion,
      ReviewCase.Status status,
      Instant openedAt,
      @Schema(maxItems = 20) List<StepView> steps,
      @Schema(description = "The caller's agency's step") StepView myStep,
      @Schema(
              maxItems = 500,
              description =
                  "What changed since the revision the caller's agency last decided or asked"
                      + " about; empty on a first review")
          List<Change> changesSinceLastReview,
      @Schema(maxItems = 1000, description = "The notes the caller's agency may read")
          List<NoteView> notes,
      @Schema(maxItems = 100, description = "The caller's agency's requests for information")
          List<RequestView> requests,
      @Schema(description = "The revision under review, as the applicant submitted it")
          PermitSubmitted application,
      @Schema(description = "The procedure the case runs under; none for cases opened before")
          ProcedureView procedure,
      @Schema(maxItems = 30, description = "The procedure's milestones, planned and actual")
          List<CaseTimetable.Milestone> timetable,
      @Schema(description = "The public inquiry, if the procedure has one") InquiryView inquiry,
      @Schema(description = "The decision in force and its appeals; none before a decision")
          AppealViews.AppealsView appeal,
      @Schema(maxItems = 50, description = "The granted permit's conditions as obligations")
          List<ObligationView> obligations) {

    /** The procedure's name in {@code language}; empty for a case without one. */
    public String procedureIn(String language) {
      return procedure == null ? "" : procedure.name().getOrDefault(language, procedure.id());
    }
  }

  /** A condition of the granted permit as the operator's obligation. */
  @Schema(name = "Obligation")
  public record ObligationView(
      UUID id,
      @Schema(description = "The agency that set the condition and reviews the evidence")
          be.permits.contracts.Agency agency,
      @Schema(maxLength = 2000) String condition,
      @Schema(maxLength = 2000, description = "What the operator hands in") String evidence,
      java.time.LocalDate firstDue,
      @Schema(minimum = "1", maximum = "120", description = "Months between two; none: once")
          Integer everyMonths,
      java.time.LocalDate nextDue,
      be.permits.review.domain.Obligation.State state) {
    static ObligationView of(be.permits.review.domain.Obligation o) {
      return new ObligationView(
          o.id, o.agency, o.condition, o.evidence, o.firstDue, o.everyMonths, o.nextDue, o.state);
    }
  }

  /** The procedure a case runs under (procedure/regimes.json), named in each language. */
  @Schema(name = "Procedure")
  public record ProcedureView(
      @Schema(maxLength = 60) String id,
      @Schema(maxLength = 40) String version,
      @Schema(description = "Its name by language: fr, nl, de, en")
          Map<String, @Size(max = 200) String> name,
      @Schema(
              minimum = "1",
              maximum = "365",
              description = "How many days the decision period may be extended, once; none if not")
          Integer decisionExtensionDays) {}

  /**
   * A public inquiry as the reviewing agencies read it: its dates, the confirmed observations
   * counted by stance and by topic, and each one as sent (with its redacted copy once published).
   */
  @Schema(name = "Inquiry")
  public record InquiryView(
      LocalDate startsOn,
      LocalDate endsOn,
      @Schema(description = "When it closed; none while it runs") Instant closedAt,
      @Schema(description = "Confirmed observations by stance")
          Map<Observation.Stance, @Min(0) @Max(100000) Long> byStance,
      @Schema(description = "Confirmed observations by topic")
          Map<Observation.Topic, @Min(0) @Max(100000) Long> byTopic,
      @Schema(maxItems = 10000) List<ObservationView> observations) {

    static InquiryView of(
        Inquiry inquiry, List<Observation> confirmed, Function<String, String> names) {
      if (inquiry == null) {
        return null;
      }
      Map<Observation.Stance, Long> byStance = new EnumMap<>(Observation.Stance.class);
      Map<Observation.Topic, Long> byTopic = new EnumMap<>(Observation.Topic.class);
      for (Observation o : confirmed) {
        byStance.merge(o.stance, 1L, Long::sum);
        o.topics.forEach(t -> byTopic.merge(t, 1L, Long::sum));
      }
      return new InquiryView(
          inquiry.startsOn,
          inquiry.endsOn,
          inquiry.closedAt,
          byStance,
          byTopic,
          confirmed.stream().map(o -> ObservationView.of(o, names)).toList());
    }

    /** Confirmed observations. */
    public long total() {
      return observations.size();
    }

    /** Confirmed observations of {@code stance} (SUPPORT, NEUTRAL, OBJECTION). */
    public long count(String stance) {
      return byStance.getOrDefault(Observation.Stance.valueOf(stance), 0L);
    }
  }

  /** A confirmed observation: as sent, and its redacted copy once published. */
  @Schema(name = "Observation")
  public record ObservationView(
      UUID id,
      Instant receivedAt,
      @Schema(maxLength = 200) String name,
      Observation.Stance stance,
      @Schema(maxItems = 10) List<Observation.Topic> topics,
      @Schema(maxLength = 5000, description = "As its sender wrote it") String originalText,
      @Schema(maxLength = 5000, description = "What the applicant and the public read")
          String redactedText,
      @Schema(maxLength = 255) String redactedBy,
      @Schema(maxLength = 200) String redactedByName,
      Instant publishedAt,
      @Schema(maxLength = 200) String documentName,
      @Schema(maxLength = 64) String documentSha256) {

    static ObservationView of(Observation o, Function<String, String> names) {
      return new ObservationView(
          o.id,
          o.receivedAt,
          o.name,
          o.stance,
          List.copyOf(o.topics),
          o.originalText,
          o.redactedText,
          o.redactedBy,
          names.apply(o.redactedBy),
          o.publishedAt,
          o.documentName,
          o.documentSha256);
    }

    /** A first redaction to edit: email addresses and telephone numbers already taken out. */
    public String suggestedRedaction() {
      return Redactions.suggest(originalText, name);
    }
  }
}
