package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the desk's absence and team pages, in English here and in French, Dutch and German in
 * {@code messages/abs_*.properties}.
 */
@MessageBundle(value = "abs", locale = "en")
public interface AbsenceMessages {
  @Message("Absences")
  String title();

  @Message(
      "While you are away, the steps you hold go to the colleague who stands in for you, and your"
          + " messages reach them too; every colleague may take those steps. They come back to you"
          + " when you return.")
  String intro();

  @Message("Declare an absence")
  String declare_title();

  @Message("First day away")
  String field_first();

  @Message("Last day away")
  String field_last();

  @Message("Who stands in for you")
  String field_delegate();

  @Message("A reviewer of your agency.")
  String hint_delegate();

  @Message("Declare the absence")
  String submit();

  @Message("Who is away")
  String list_title();

  @Message("Nobody of your agency is away or about to be.")
  String list_none();

  @Message("Reviewer")
  String col_reviewer();

  @Message("Stands in")
  String col_delegate();

  @Message("Days")
  String col_days();

  @Message("Now")
  String col_state();

  @Message("{first} to {last}")
  String days(String first, String last);

  @Message("{#if current}Away{#else}Planned{/if}")
  String state(boolean current);

  @Message("{#if current}I am back{#else}Withdraw{/if}")
  String end(boolean current);

  @Message(
      "{#when done}{#is 'declared'}Your absence is declared.{#is 'ended'}Your absence is ended;"
          + " the steps your colleague held for you are yours again.{#is 'handed'}The step is"
          + " handed over; its new holder is told.{/when}")
  String done(String done);

  @Message("This could not be done")
  String refusal_title();

  @Message(
      "{#when code}{#is 'away-already'}You declared an absence on some of these days."
          + "{#is 'delegate-away'}Your delegate is away on some of these days: choose another"
          + " colleague.{#is 'standing-in'}You stand in for an absent colleague on some of these"
          + " days.{#is 'absence-over'}This absence is over already.{#is 'reviewer-away'}This"
          + " colleague is away today.{#is 'step-not-open'}The step waits for an answer or a"
          + " confirmation: it cannot change hands now.{#is 'choose-colleague'}Choose a colleague"
          + " of your agency.{#is 'recused'}This colleague recused from the step: choose someone"
          + " else.{#else}Someone changed this at the same time: look again and try"
          + " again.{/when}")
  String refusal(String code);

  @Message("Away today: {reviewer}, until {last}; {delegate} stands in.")
  String away_today(String reviewer, String last, String delegate);

  @Message("Your team")
  String team_title();

  @Message(
      "Each reviewer's open work: steps held, those due within seven days and those overdue."
          + " Hand a step to someone else to even the load.")
  String team_intro();

  @Message("Your agency's figures, month by month")
  String figures_link();

  @Message("Load")
  String load_title();

  @Message("Held")
  String col_held();

  @Message("Due within 7 days")
  String col_due_soon();

  @Message("Overdue")
  String col_overdue();

  @Message("Away")
  String col_away();

  @Message("until {last}")
  String away_until(String last);

  @Message("Steps in hand")
  String steps_title();

  @Message("Nobody holds a step.")
  String steps_none();

  @Message("Application")
  String col_reference();

  @Message("Held by")
  String col_holder();

  @Message("Due")
  String col_due();

  @Message("Status")
  String col_status();

  @Message("Hand to")
  String col_hand();

  @Message("{holder}, for {absent}")
  String stands_in(String holder, String absent);

  @Message("Hand over")
  String hand_submit();

  @Message("Hand the step of {reference} to")
  String hand_label(String reference);

  @Message("Not now")
  String not_now();
}
