package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the public inquiry's pages and of the inquiry on the desk, in English here and in
 * French, Dutch and German in {@code messages/inquiry_*.properties}. The form's field labels are in
 * {@link DeskMessages}, where the shared error summary looks them up by key.
 */
@MessageBundle(value = "inquiry", locale = "en")
public interface InquiryMessages {

  @Message("Public inquiry {reference}")
  String inquiry_title(String reference);

  @Message(
      "{applicant} asks for a permit for this project. Anyone may read it and send an"
          + " observation to the authority while the inquiry runs.")
  String inquiry_lead(String applicant);

  @Message("The inquiry runs from {from} to {to}, both included.")
  String inquiry_dates(String from, String to);

  @Message("The inquiry is closed: it took observations from {from} to {to}.")
  String inquiry_closed(String from, String to);

  @Message("The project")
  String project_title();

  @Message("Site")
  String project_site();

  @Message("Cadastral parcels")
  String project_parcels();

  @Message("Kind of project")
  String project_kind();

  @Message("Floor area today")
  String project_current();

  @Message("Floor area asked for")
  String project_requested();

  @Message("Height")
  String project_height();

  @Message("Environmental class")
  String project_class();

  @Message("Open day and night")
  String project_around_the_clock();

  @Message("Jobs")
  String project_jobs();

  @Message("{#if value}Yes{#else}No{/if}")
  String yes_no(boolean value);

  @Message("{area} m²")
  String square_metres(String area);

  @Message("{height} m")
  String metres(String height);

  @Message("Documents")
  String documents_title();

  @Message("The documents of the file that the public may read. Fingerprint (SHA-256): {hash}")
  String document_hash(String hash);

  @Message("No document of the file is public.")
  String documents_none();

  @Message("Observations published")
  String observations_title();

  @Message("No observation is published yet.")
  String observations_none();

  @Message("Received on {date}")
  String observation_received(String date);

  @Message("Send an observation")
  String form_title();

  @Message(
      "Your name and address go to the authority and are not published; your email address is"
          + " only used to confirm that the observation is yours. The authority publishes your"
          + " text once it has taken out names, addresses and contact details.")
  String form_privacy();

  @Message("Send")
  String form_send();

  @Message(
      "{#when code}{#is 'sent'}Your observation is received. Open the link in the email we"
          + " sent you to confirm it: it counts once confirmed."
          + "{#is 'confirmed'}Your observation is confirmed. It counts, and its text is published"
          + " once the authority has taken out personal details."
          + "{#else}Done.{/when}")
  String done(String code);

  @Message(
      "{#when code}{#is 'inquiry-closed'}The inquiry does not take observations any more."
          + "{#is 'observation-limit'}This address has sent as many observations as it may;"
          + " write to the authority if you need to add something."
          + "{#is 'confirmation-expired'}The time to confirm this observation has passed; send it"
          + " again while the inquiry runs."
          + "{#else}This is not possible now.{/when}")
  String refusal(String code);

  @Message("Confirm your observation")
  String confirm_title();

  @Message("You sent an observation to the public inquiry {reference}. Confirm that it is yours:")
  String confirm_text(String reference);

  @Message("Confirm")
  String confirm_button();

  @Message(
      "{#when stance}{#is 'SUPPORT'}In favour{#is 'NEUTRAL'}Neither for nor against"
          + "{#is 'OBJECTION'}Against{#else}{stance}{/when}")
  String stance(String stance);

  @Message(
      "{#when topic}{#is 'TRAFFIC'}Traffic{#is 'NOISE'}Noise{#is 'AIR_QUALITY'}Air quality"
          + "{#is 'LANDSCAPE'}Landscape{#is 'NATURE'}Nature{#is 'WATER'}Water{#is 'JOBS'}Jobs"
          + "{#is 'SAFETY'}Safety{#is 'DATA_AND_SECURITY'}Data and security{#is 'OTHER'}Other"
          + "{#else}{topic}{/when}")
  String topic(String topic);

  // ---- on the desk ----
  @Message("Public inquiry")
  String desk_title();

  @Message(
      "{count} confirmed {#if count == 1}observation{#else}observations{/if}: {support} in"
          + " favour, {neutral} neither, {objection} against.")
  String desk_counts(long count, long support, long neutral, long objection);

  @Message("By topic")
  String desk_topics();

  @Message("{topic}: {count}")
  String desk_topic_count(String topic, long count);

  @Message("{name}, {date}: {stance}")
  String desk_observation(String name, String date, String stance);

  @Message("As sent")
  String desk_original();

  @Message("Published, redacted by {who} on {date}")
  String desk_published(String who, String date);

  @Message("Not yet published")
  String desk_unpublished();

  @Message("Publish this redacted text")
  String desk_publish();

  @Message("The public page")
  String desk_public_page();

  @Message("Attached document: {name}")
  String desk_document(String name);

  // ---- the public timetable ----
  @Message("Timetable of application {reference}")
  String timetable_title(String reference);

  @Message(
      "The procedure's milestones: the day each is due and the day it was reached. Late days are"
          + " working days; days waiting for the applicant do not count.")
  String timetable_lead();

  @Message("The application's timetable")
  String timetable_link();

  @Message(
      "Your own view: each agency's opinion is shown too, with the days its clock stood still"
          + " waiting for your answers. The public reads the procedure's milestones only:")
  String timetable_mine_lead();

  @Message("what the public reads")
  String timetable_public_link();
}
