package be.permits.support.problem;

import java.util.List;

/** Ends a request with a problem answer: an illegal state change (409), incomplete data (422). */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail));
  }

  public static ProblemException notFound() {
    return new ProblemException(
        Problem.of(404, "Not Found", "No such resource, or it is not yours to see."));
  }

  /** The request is well-formed, but the resource is not complete enough for the operation. */
  public static ProblemException incomplete(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(
        new Problem("urn:problem:incomplete", "Incomplete", 422, detail, null, errors));
  }
}
