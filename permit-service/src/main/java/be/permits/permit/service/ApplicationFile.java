package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.ApplicationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application's file as its applicant reads it: the application, its documents, the agencies'
 * requests (open and answered) and notes, what each answer changed, and the other applications on
 * the same site.
 */
public record ApplicationFile(
    ApplicationView application,
    List<AttachmentView> documents,
    List<RequestView> requests,
    List<NoteView> notes,
    Map<Integer, List<RevisionDiff.Change>> changesByRevision,
    RelatedView related,
    ApplicationForm answers,
    List<Consulted> consulted,
    Inquiry inquiry,
    List<InvoiceView> invoices,
    FeeSchedule.Beneficiary payTo,
    List<DecisionDocuments.DocumentView> decisionDocuments,
    List<Obligations.ObligationView> obligations) {

  /** The public inquiry on the application, if one runs or ran: its dates and public page. */
  public record Inquiry(LocalDate startsOn, LocalDate endsOn, String page) {}

  /** An agency consulted on the application, and when its opinion is due (none: it decides). */
  public record Consulted(Agency agency, LocalDate dueDate) {}

  /** The requests that wait for an answer now. */
  public List<RequestView> openRequests() {
    if (application.status() != ApplicationStatus.INFORMATION_REQUESTED) {
      return List.of();
    }
    return requests.stream().filter(RequestView::isOpen).toList();
  }
}
