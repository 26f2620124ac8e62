package be.permits.review.web;

import be.permits.support.refusal.Refusal;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the button behind an emailed confirmation link does, for an observation and an appeal alike:
 * confirms, then shows the public page it belongs to; or shows why it could not (the time to
 * confirm passed); an unknown token is not found.
 */
final class ConfirmationLinks {
  private ConfirmationLinks() {}

  /**
   * @param confirm confirms, and gives the reference of the public page to return to
   * @param pages the public pages' path, such as {@code /appeals/}
   * @param refused the confirmation page saying why, for a refusal's code
   */
  static Response confirm(
      Supplier<String> confirm, String pages, Function<String, TemplateInstance> refused) {
    try {
      return Response.seeOther(URI.create(pages + confirm.get() + "?done=confirmed")).build();
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      return Response.status(409).entity(refused.apply(e.code())).build();
    }
  }
}
