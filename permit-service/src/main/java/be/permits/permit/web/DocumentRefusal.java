package be.permits.permit.web;

import be.permits.support.problem.ProblemException;
import be.permits.support.web.FormState;

/**
 * A document the service refused for its size (413) or its type (415), shown on a page as an error
 * beside the file field rather than as an error page.
 */
final class DocumentRefusal {
  private DocumentRefusal() {}

  /**
   * Puts the refusal on the form's {@code file} field.
   *
   * @return {@code false} if the problem is not about the document, which the caller rethrows
   */
  static boolean onFileField(FormState form, ProblemException refused) {
    int status = refused.problem().status();
    if (status != 413 && status != 415) {
      return false;
    }
    form.reject(
        "file", status == 413 ? "document_size" : "document_type", status == 413 ? "20 MiB" : null);
    return true;
  }
}
