package be.permits.support.refusal;

import java.util.List;

/**
 * A use case's or a rule's refusal, in the words of the domain: the thing does not exist for the
 * caller, its state forbids the change, the data lacks what the change needs, or a document is too
 * large or of a type not accepted. The adapters turn it into their own answer (a problem document,
 * an error beside a field); the domain and the use cases know nothing of HTTP.
 */
public final class Refusal extends RuntimeException {
  /** Why the request was refused. */
  public enum Reason {
    /** No such thing, or not the caller's to see: the two are never told apart. */
    NOT_FOUND,
    /** The current state forbids the change. */
    CONFLICT,
    /** The data is well formed but lacks what the change needs; {@link #errors()} says where. */
    INCOMPLETE,
    /** A document or body larger than accepted. */
    TOO_LARGE,
    /** A document of a type not accepted. */
    UNSUPPORTED_TYPE,
    /** As much costly work runs as the service takes at once: the caller comes back shortly. */
    BUSY
  }

  /** One field that the refusal is about, named by its JSON path (e.g. {@code site.name}). */
  public record FieldError(String field, String reason) {}

  private final Reason reason;
  private final String code;
  private final transient List<FieldError> errors;

  private Refusal(Reason reason, String code, String detail, List<FieldError> errors) {
    // A refusal is an answer, not a fault: no stack trace is kept.
    super(detail, null, false, false);
    this.reason = reason;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public static Refusal notFound() {
    return new Refusal(
        Reason.NOT_FOUND, "not-found", "No such resource, or it is not yours to see.", List.of());
  }

  /**
   * The current state forbids the change.
   *
   * @param code what forbids it, in a few words in kebab case ({@code step-held-by-another}): pages
   *     put it in the reader's words, and the API's problem type names it
   * @param detail the same in English, for the API's callers and the logs
   */
  public static Refusal conflict(String code, String detail) {
    return new Refusal(Reason.CONFLICT, code, detail, List.of());
  }

  public static Refusal incomplete(String detail, List<FieldError> errors) {
    return new Refusal(Reason.INCOMPLETE, "incomplete", detail, errors);
  }

  public static Refusal tooLarge(String detail, FieldError error) {
    return new Refusal(Reason.TOO_LARGE, "too-large", detail, List.of(error));
  }

  public static Refusal unsupportedType(String detail, FieldError error) {
    return new Refusal(Reason.UNSUPPORTED_TYPE, "unsupported-type", detail, List.of(error));
  }

  /** As much of this costly work runs as the service takes at once; come back shortly. */
  public static Refusal busy(String detail) {
    return new Refusal(Reason.BUSY, "busy", detail, List.of());
  }

  public Reason reason() {
    return reason;
  }

  /** What the refusal is about, in kebab case; for a conflict, what forbids the change. */
  public String code() {
    return code;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
