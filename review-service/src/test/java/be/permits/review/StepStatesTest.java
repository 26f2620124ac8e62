package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.ReviewStep.Status;
import be.permits.support.refusal.Refusal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The life of a review step, its one rule for "overdue" and its one way to close. */
class StepStatesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static ReviewStep step(Status status, LocalDate due) {
    ReviewStep s = new ReviewStep();
    s.status = status;
    s.dueDate = due;
    return s;
  }

  @Test
  void aDecidedOrClosedStepNeverMovesAgain() {
    for (Status end : new Status[] {Status.DECIDED, Status.CLOSED}) {
      for (Status target : Status.values()) {
        assertFalse(end.canMoveTo(target), end + " -> " + target);
      }
    }
    ReviewStep decided = step(Status.DECIDED, TODAY);
    assertThrows(Refusal.class, () -> decided.moveTo(Status.OPEN));
  }

  @Test
  void aStepWaitingForTheApplicantOnlyReopensOrCloses() {
    assertTrue(Status.INFORMATION_REQUESTED.canMoveTo(Status.OPEN));
    assertTrue(Status.INFORMATION_REQUESTED.canMoveTo(Status.CLOSED));
    assertFalse(Status.INFORMATION_REQUESTED.canMoveTo(Status.DECIDED));
    assertFalse(Status.INFORMATION_REQUESTED.canMoveTo(Status.PROPOSED));
  }

  @Test
  void aReturnedProposalReopensTheStepForItsProposerAndKeepsWhatWasProposed() {
    ReviewStep step = step(Status.OPEN, TODAY.plusDays(10));
    step.assignee = "sub-sam";
    step.decision = "APPROVE_WITH_CONDITIONS";
    step.conditions = new java.util.ArrayList<>(java.util.List.of("Logs stay in the EU."));
    step.propose("sub-sam");
    step.returnProposal("sub-sofia", "Name the hosting provider.", java.time.Instant.EPOCH);
    assertEquals(Status.OPEN, step.status);
    assertEquals("sub-sam", step.assignee, "back with its proposer");
    assertNull(step.decision);
    assertTrue(step.conditions.isEmpty());
    assertEquals(
        new ReviewStep.Proposal(
            "APPROVE_WITH_CONDITIONS",
            java.util.List.of("Logs stay in the EU."),
            java.util.List.of()),
        step.returnedProposal);
    assertEquals("Name the hosting provider.", step.returnedReason);
    step.propose("sub-sam");
    assertNull(step.returnedBy, "a new proposal puts the returned one behind it");
    assertNull(step.returnedProposal);
  }

  @Test
  void overdueMeansUndecidedPastTheDueDateAndAWaitingClockIsNeverOverdue() {
    assertTrue(step(Status.OPEN, TODAY.minusDays(1)).isOverdue(TODAY));
    assertTrue(step(Status.PROPOSED, TODAY.minusDays(1)).isOverdue(TODAY));
    assertFalse(step(Status.OPEN, TODAY).isOverdue(TODAY));
    assertFalse(step(Status.INFORMATION_REQUESTED, TODAY.minusDays(9)).isOverdue(TODAY));
    assertFalse(step(Status.DECIDED, TODAY.minusDays(9)).isOverdue(TODAY));
  }

  @Test
  void closingLeavesNobodyHoldingNoClockStoppedAndNoRequestOpen() {
    ReviewStep waiting = step(Status.OPEN, TODAY.plusDays(10));
    waiting.assignee = "sub-ursula";
    waiting.awaitAnswer(UUID.randomUUID(), TODAY);
    waiting.close();
    assertEquals(Status.CLOSED, waiting.status);
    assertNull(waiting.assignee);
    assertNull(waiting.clockStoppedOn);
    assertNull(waiting.openRequestId);

    ReviewStep decided = step(Status.DECIDED, TODAY);
    decided.close();
    assertEquals(Status.DECIDED, decided.status, "a decision stays");
  }

  @Test
  void anAnswerOpensTheStepAgainWithItsNewDeadline() {
    ReviewStep s = step(Status.OPEN, TODAY.plusDays(10));
    s.awaitAnswer(UUID.randomUUID(), TODAY);
    s.answered(2, TODAY.plusDays(4), step -> TODAY.plusDays(14));
    assertEquals(Status.OPEN, s.status);
    assertEquals(TODAY.plusDays(14), s.dueDate);
    assertEquals(2, s.reviewedRevision);
    assertNull(s.clockStoppedOn);
    assertEquals(List.of(TODAY + "/" + TODAY.plusDays(4)), s.clockStops, "the stop is kept");
  }

  @Test
  void thePatternThatBoundsTheQueueFilterNamesExactlyTheStatuses() {
    assertEquals(
        Arrays.stream(Status.values()).map(Enum::name).collect(Collectors.joining("|")),
        Status.PATTERN);
  }
}
