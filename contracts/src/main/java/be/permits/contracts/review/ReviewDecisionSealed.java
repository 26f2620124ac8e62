package be.permits.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.decision-sealed.v1}: a decision's document was sealed; its SHA-256 enters the audit
 * ledger with this event, so that the ledger proves which bytes were issued; permit-service keeps
 * the PDF for the applicant.
 *
 * @param kind DECISION or APPEAL_DECISION
 * @param language the language it is written in: fr, nl, de or en
 * @param sha256 the SHA-256 of the sealed PDF, in hexadecimal
 * @param sealedBy the seal certificate's subject
 * @param content the sealed PDF (base64 in JSON), for the applicant's file: a few tens of kilobytes
 */
public record ReviewDecisionSealed(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID documentId,
    String kind,
    String language,
    String sha256,
    String sealedBy,
    Instant sealedAt,
    byte[] content) {}
