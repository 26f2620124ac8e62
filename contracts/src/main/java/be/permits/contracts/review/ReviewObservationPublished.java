package be.permits.contracts.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.observation-published.v1}: an observation, redacted by the coordinating officials,
 * is published; its redacted text is what the applicant and the public read.
 *
 * @param stance SUPPORT, NEUTRAL or OBJECTION
 * @param topics what it is about (TRAFFIC, NOISE, ...)
 */
public record ReviewObservationPublished(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID observationId,
    String stance,
    List<String> topics,
    String redactedText,
    Instant receivedAt,
    Instant publishedAt) {}
