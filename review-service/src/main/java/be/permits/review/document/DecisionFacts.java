package be.permits.review.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a decision document says, fixed on the day of the decision (kept with the document's
 * request, so that a later appeal cannot change what the first decision's document holds). Words
 * that are data (the procedure's name, its legal basis, to whom an appeal goes) are kept in the
 * document's language; everything else is rendered in that language from codes.
 *
 * @param kind DECISION or APPEAL_DECISION
 * @param authority the agency that decided: DECIDING_AUTHORITY or APPEAL_AUTHORITY
 * @param outcome APPROVED, APPROVED_WITH_CONDITIONS or REJECTED
 * @param signatory the name of the person who decided for the authority
 * @param appealDays the appeal window, in calendar days, from the decision's notification or
 *     posting; null on appeal or without an appeal
 * @param appealedTo to whom an appeal goes and how, in the document's language; null on appeal
 * @param afterAppeal what remains after an appeal decision, in the document's language
 */
public record DecisionFacts(
    String kind,
    String language,
    String reference,
    String regimeName,
    String legalBasis,
    String authority,
    String outcome,
    Instant decidedAt,
    LocalDate decidedOn,
    String signatory,
    Applicant applicant,
    Site site,
    Project project,
    List<Condition> conditions,
    List<String> reasons,
    List<Opinion> opinions,
    List<Document> documents,
    List<AppealRight> appealRights,
    Integer appealDays,
    String appealedTo,
    String afterAppeal) {

  public record Applicant(String legalName, String enterpriseNumber, String contactName) {}

  public record Site(
      String name, String address, String municipality, List<String> cadastralParcels) {}

  /**
   * @param kind NEW_BUILD, EXPANSION or CHANGE_OF_USE
   */
  public record Project(
      String kind,
      int currentFloorArea,
      int requestedFloorArea,
      int environmentalClass,
      int jobs,
      long investmentEur) {}

  /**
   * A condition and why it is set: the agencies whose opinion asked for it (none when the authority
   * set it itself), and their reasons.
   */
  public record Condition(String text, List<String> askedBy, List<String> reasons) {}

  /** A consulted agency's opinion in brief. */
  public record Opinion(String agency, String outcome, LocalDate givenOn, int conditions) {}

  /** A document the decision considered, by name, kind and SHA-256 of its bytes. */
  public record Document(String fileName, String kind, String sha256) {}

  /**
   * @param who APPLICANT, OFFICIALS or THIRD_PARTIES
   */
  public record AppealRight(String who, LocalDate until) {}
}
