package be.permits.contracts.permit;

import java.util.List;

/**
 * Which kinds of document of an application the public may read during its public inquiry: the site
 * plan and the environmental impact study. A data protection impact assessment and other documents
 * stay with the reviewing agencies. Both the service that shows the inquiry and the one that holds
 * the documents read this one list.
 */
public final class PublicDocuments {
  public static final List<String> KINDS = List.of("SITE_PLAN", "IMPACT_STUDY");

  private PublicDocuments() {}

  /** Where the public downloads a document of an application under inquiry. */
  public static String path(java.util.UUID applicationId, java.util.UUID documentId) {
    return "/inquiry-documents/" + applicationId + "/" + documentId;
  }
}
