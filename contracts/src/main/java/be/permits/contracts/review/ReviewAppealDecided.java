package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.appeal-decided.v1}: the appeal authority decided; its decision replaces the first
 * one for the applicant and for everyone told of it.
 *
 * @param outcome APPROVED, APPROVED_WITH_CONDITIONS or REJECTED
 * @param appellants everyone whose appeal was lodged, to be told
 */
public record ReviewAppealDecided(
    UUID caseId,
    UUID applicationId,
    String reference,
    String outcome,
    List<String> conditions,
    List<String> reasons,
    Instant decidedAt,
    Contact applicant,
    List<Contact> appellants) {}
