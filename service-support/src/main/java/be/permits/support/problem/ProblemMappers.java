package be.permits.support.problem;

import be.permits.support.refusal.Refusal;
import be.permits.support.web.ErrorPages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into RFC 9457 problem+json. No answer carries a stack trace, a
 * class name or SQL: an unexpected error is logged under an id that the answer quotes.
 *
 * <p>A person in a browser gets the same status as a page in their language ({@link ErrorPages}).
 *
 * <p>A missing login is left to the authentication mechanism: 401 with {@code WWW-Authenticate} for
 * a bearer call, a redirect to the login page for a browser.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Inject ErrorPages pages;

  private Response response(Problem problem) {
    return pages.answer(problem);
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return response(e.problem());
  }

  @ServerExceptionMapper
  public Response refused(Refusal e) {
    if (e.reason() == Refusal.Reason.BUSY) {
      return Overload.answer(response(Problems.of(e)));
    }
    return response(Problems.of(e));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return response(Problem.invalid(errors));
  }

  /** Jackson's binding errors; declared apart so that it wins over Quarkus' built-in mapper. */
  @ServerExceptionMapper(priority = 1)
  public Response mismatched(MismatchedInputException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unreadable(JsonProcessingException e) {
    String field = "";
    if (e instanceof JsonMappingException mapping) {
      field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
    }
    return response(Problem.invalid(List.of(new Problem.FieldError(field, reasonOf(e, field)))));
  }

  /** Why a body could not be read, in words that name no class. */
  static String reasonOf(JsonProcessingException e, String field) {
    if (e instanceof UnrecognizedPropertyException) {
      return "not a field of this request";
    }
    if (e instanceof InvalidFormatException invalid
        && invalid.getOriginalMessage() != null
        && invalid.getOriginalMessage().contains("control characters")) {
      return "control characters are not accepted in text";
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return "expected " + JsonTypes.describe(mismatched.getTargetType());
    }
    if (e instanceof StreamConstraintsException) {
      return "too long, too large or nested too deep";
    }
    return field.isEmpty() ? "The body is not valid JSON." : "Wrong type or unreadable value.";
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return response(Problem.of(403, "Forbidden", "Your role does not allow this operation."));
  }

  @ServerExceptionMapper
  public Response concurrentChange(OptimisticLockException e) {
    return response(
        Problem.of(409, "Conflict", "Someone else changed this resource; reload and try again."));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    if (status.getStatusCode() >= 500) {
      return unexpected(e);
    }
    return response(Problem.of(status.getStatusCode(), status.getReasonPhrase(), null));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    // A version conflict found at flush or commit arrives wrapped, or as Hibernate's own type.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof org.hibernate.StaleStateException) {
        return concurrentChange(null);
      }
      if (Overload.isCause(cause)) {
        return Overload.answer(response(Overload.PROBLEM));
      }
      if (cause instanceof java.io.IOException io && isReadingTheBody(io)) {
        // A body streamed without its length declared and found too large while read, or a
        // multipart body that ends before its closing boundary: the request's fault.
        return "Request too large".equals(io.getMessage())
            ? response(
                Problem.of(413, "Content Too Large", "The body is larger than this request takes."))
            : response(
                Problem.invalid(
                    List.of(
                        new Problem.FieldError(
                            "", "the body is broken: it ends before it is complete"))));
      }
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s", errorId);
    return response(
        new Problem(
            "about:blank",
            "Internal Server Error",
            500,
            "The error was logged; quote its id when reporting it.",
            "urn:error:" + errorId,
            List.of()));
  }

  /** Whether the exception comes from reading the request's body, not from the service's work. */
  static boolean isReadingTheBody(java.io.IOException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String where = frame.getClassName();
      if (where.contains("MultiPartParserDefinition") || where.endsWith("VertxInputStream")) {
        return true;
      }
    }
    return false;
  }

  /** The JSON path of the violating field: method and parameter names are left out. */
  public static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      String name = node.getName();
      if (node.getIndex() != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
      }
      if (name != null && !name.startsWith("<")) {
        names.add(name);
      }
    }
    return String.join(".", names);
  }
}
