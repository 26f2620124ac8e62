package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.absence-recorded.v1}: a reviewer's absence as it now stands, each time it changes:
 * declared, or ended (early, or withdrawn before it began: then {@code lastDay} is the day before
 * it ended and may precede {@code firstDay}). From {@code firstDay} to {@code lastDay} the
 * reviewer's notifications also go to the delegate, a reviewer of the same agency. The latest
 * {@code recordedAt} of an absence wins. Not about an application: keyed by the absence.
 */
public record ReviewAbsenceRecorded(
    UUID absenceId,
    Agency agency,
    String reviewer,
    String delegate,
    LocalDate firstDay,
    LocalDate lastDay,
    boolean ended,
    Instant recordedAt) {}
