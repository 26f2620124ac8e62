package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.appeal-lodged.v1}: an appeal against the decision is lodged (sent within its window
 * and confirmed); the appeal authority decides by {@code decisionDueDate}, and until then the
 * decision is not final.
 *
 * @param capacity APPLICANT, OFFICIALS or THIRD_PARTIES
 * @param opensTheAppeal whether it is the first appeal, which opens the appeal authority's step
 * @param feeRequired whether the procedure asks the appeal fee: the appeal is decided once it is
 *     paid (false in events sent before fees were asked)
 */
public record ReviewAppealLodged(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID appealId,
    String capacity,
    LocalDate sentOn,
    LocalDate decisionDueDate,
    boolean opensTheAppeal,
    Contact appellant,
    Contact applicant,
    Instant lodgedAt,
    boolean feeRequired) {}
