package be.permits.review.service;

import be.permits.review.domain.Appeal;
import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ReviewCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The appeals of a case as the desk and the API show them. */
public final class AppealViews {
  private AppealViews() {}

  /**
   * The decision in force and the appeals against it: the windows of those who may appeal and, for
   * the authorities that decide and the coordinating officials, each lodged appeal as sent.
   */
  @Schema(name = "AppealsOfCase")
  public record AppealsView(
      @Schema(description = "The day the decision in force was taken") LocalDate decidedOn,
      @Schema(maxLength = 30, description = "APPROVED, APPROVED_WITH_CONDITIONS or REJECTED")
          String decisionOutcome,
      @Schema(description = "Whether the decision in force is the appeal authority's")
          boolean decidedOnAppeal,
      @Schema(maxItems = 3, description = "The last day each appellant may appeal")
          List<AppealWindow> windows,
      @Schema(
              maxItems = 3,
              description =
                  "Who may still appeal today; the officials only when the caller may lodge"
                      + " theirs (a coordinating official)")
          List<ProcedureRegimes.Appellant> mayAppealToday,
      @Schema(maxItems = 10000, description = "Lodged appeals; empty for the other agencies")
          List<AppealView> appeals) {

    public static AppealsView of(
        ReviewCase c,
        Map<ProcedureRegimes.Appellant, LocalDate> windows,
        List<Appeal> lodged,
        LocalDate today,
        boolean lodgesForOfficials,
        boolean feeRequired,
        Map<UUID, Instant> paid) {
      if (c.decidedOn == null) {
        return null;
      }
      return new AppealsView(
          c.decidedOn,
          c.decisionOutcome,
          c.decidedOnAppeal,
          windows.entrySet().stream().map(w -> new AppealWindow(w.getKey(), w.getValue())).toList(),
          windows.entrySet().stream()
              .filter(w -> !today.isAfter(w.getValue()))
              .map(Map.Entry::getKey)
              .filter(who -> who != ProcedureRegimes.Appellant.OFFICIALS || lodgesForOfficials)
              .toList(),
          lodged.stream().map(a -> AppealView.of(a, feeRequired, paid)).toList());
    }

    /** Whether the coordinating officials may still appeal. */
    public boolean officialsMayAppeal() {
      return mayAppealToday.contains(ProcedureRegimes.Appellant.OFFICIALS);
    }
  }

  /** Who may appeal, and their last day. */
  @Schema(name = "AppealWindow")
  public record AppealWindow(ProcedureRegimes.Appellant appellant, LocalDate lastDay) {}

  /** A lodged appeal as its appellant sent it. */
  @Schema(name = "Appeal")
  public record AppealView(
      UUID id,
      ProcedureRegimes.Appellant capacity,
      Instant sentAt,
      Instant lodgedAt,
      @Schema(maxLength = 200) String name,
      @Schema(maxLength = 300) String address,
      @Schema(maxLength = 254) String email,
      @Schema(maxLength = 2000) String interest,
      @Schema(maxLength = 10000) String grounds,
      @Schema(maxLength = 200) String documentName,
      @Schema(maxLength = 64) String documentSha256,
      @Schema(maxLength = 200) String feeProofName,
      @Schema(maxLength = 64) String feeProofSha256,
      @Schema(description = "Whether the appellant owes the appeal fee (the officials do not)")
          boolean owesFee,
      @Schema(description = "When the bank statement showed the fee paid; null while unpaid")
          Instant feePaidAt) {

    static AppealView of(Appeal a, boolean feeRequired, Map<UUID, Instant> paid) {
      return new AppealView(
          a.id,
          a.capacity,
          a.sentAt,
          a.lodgedAt,
          a.name,
          a.address,
          a.email,
          a.interest,
          a.grounds,
          a.documentName,
          a.documentSha256,
          a.feeProofName,
          a.feeProofSha256,
          feeRequired && a.capacity != ProcedureRegimes.Appellant.OFFICIALS,
          paid.get(a.id));
    }
  }
}
