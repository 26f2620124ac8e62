package be.permits.permit.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of an application; {@link #canMoveTo} is the whole state machine. */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  INFORMATION_REQUESTED,
  APPROVED,
  APPROVED_WITH_CONDITIONS,
  REJECTED,
  WITHDRAWN;

  private static final Set<ApplicationStatus> FINAL =
      EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, WITHDRAWN);

  /** Whether this status is a decision on the permit (granted, with conditions, refused). */
  public boolean isDecision() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED;
  }

  public boolean isFinal() {
    return FINAL.contains(this);
  }

  public boolean canMoveTo(ApplicationStatus target) {
    if (isFinal()) {
      return false;
    }
    return switch (target) {
      case DRAFT -> false;
      // Back to SUBMITTED when the missing items of an incomplete file are sent.
      case SUBMITTED -> this == DRAFT || this == INFORMATION_REQUESTED;
      case UNDER_REVIEW -> this == SUBMITTED || this == INFORMATION_REQUESTED;
      // From SUBMITTED: the coordinating officials found the file incomplete.
      case INFORMATION_REQUESTED -> this == UNDER_REVIEW || this == SUBMITTED;
      case APPROVED, APPROVED_WITH_CONDITIONS -> this == UNDER_REVIEW;
      // A binding agency's rejection may end the review while a request is still open.
      case REJECTED -> this == UNDER_REVIEW || this == INFORMATION_REQUESTED;
      case WITHDRAWN -> true;
    };
  }
}
