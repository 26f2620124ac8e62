package be.permits.permit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the pages, in English here and in French, Dutch and German in messages/. */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {
  @Message("Permit review")
  String app_name();

  @Message("Skip to content")
  String skip();

  @Message("Welcome, {name}")
  String home_welcome(String name);

  @Message("You are signed in with these roles:")
  String home_roles();

  @Message(
      "{#when role}{#is 'applicant'}Applicant{#is 'reviewer'}Reviewer{#is 'auditor'}Auditor"
          + "{#is 'admin'}Administrator{/when}")
  String role(String role);

  @Message("Organisation: {organisation}")
  String home_organisation(String organisation);

  @Message(
      "Agency: {#when agency}{#is 'URBAN_PLANNING'}Urban planning{#is 'ENVIRONMENT'}Regional"
          + " environment administration{#is 'CUSTOMS'}Customs{#is 'STATE_SECURITY'}State security"
          + " service{#is 'DATA_PROTECTION'}Data protection authority{#is 'FDI_SCREENING'}Foreign"
          + " investment screening committee{#is 'DECIDING_AUTHORITY'}Deciding authority{/when}")
  String home_agency(String agency);

  @Message("You have no role in this suite yet; ask your administrator.")
  String home_no_role();

  @Message("Sign out")
  String logout();
}
