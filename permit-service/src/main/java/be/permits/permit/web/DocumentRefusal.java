package be.permits.permit.web;

import be.permits.support.refusal.Refusal;
import be.permits.support.web.FormState;

/**
 * A document the service refused for its size or its type, shown on a page as an error beside the
 * file field rather than as an error page.
 */
final class DocumentRefusal {
  private DocumentRefusal() {}

  /**
   * Puts the refusal on the form's {@code file} field.
   *
   * @return {@code false} if the problem is not about the document, which the caller rethrows
   */
  static boolean onFileField(FormState form, Refusal refused) {
    switch (refused.reason()) {
      case TOO_LARGE -> form.reject("file", "document_size", "20 MiB");
      case UNSUPPORTED_TYPE -> form.reject("file", "document_type", null);
      default -> {
        return false;
      }
    }
    return true;
  }
}
