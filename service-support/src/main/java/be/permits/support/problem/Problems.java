package be.permits.support.problem;

import be.permits.support.refusal.Refusal;
import java.util.List;

/** The problem document that answers a {@link Refusal}: its status, type and fields. */
public final class Problems {
  private Problems() {}

  public static Problem of(Refusal refusal) {
    List<Problem.FieldError> errors =
        refusal.errors().stream().map(e -> new Problem.FieldError(e.field(), e.reason())).toList();
    return switch (refusal.reason()) {
      case NOT_FOUND -> Problem.of(404, "Not Found", refusal.detail());
      case CONFLICT ->
          new Problem(
              "urn:problem:conflict:" + refusal.code(),
              "Conflict",
              409,
              refusal.detail(),
              null,
              List.of());
      case INCOMPLETE ->
          new Problem("urn:problem:incomplete", "Incomplete", 422, refusal.detail(), null, errors);
      case TOO_LARGE ->
          new Problem("urn:problem:too-large", "Too large", 413, refusal.detail(), null, errors);
      case UNSUPPORTED_TYPE ->
          new Problem(
              "urn:problem:unsupported-type",
              "Unsupported type",
              415,
              refusal.detail(),
              null,
              errors);
      case BUSY -> Overload.PROBLEM;
    };
  }
}
