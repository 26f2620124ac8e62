package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the public figures page, in English here and in French, Dutch and German in {@code
 * messages/fig_*.properties}.
 */
@MessageBundle(value = "fig", locale = "en")
public interface FigureMessages {
  @Message("How the agencies keep their deadlines")
  String title();

  @Message(
      "Figures of the last twelve months, by month of decision, counted from the review steps:"
          + " no application, applicant or reviewer is named. Days per step leave out the days the"
          + " clock stood still while an agency waited for the applicant's answer.")
  String intro();

  @Message("Agency")
  String field_agency();

  @Message("All agencies")
  String all();

  @Message("Show")
  String apply();

  @Message("Share of steps decided by their due date")
  String chart_title();

  @Message("One bar per month, from the oldest on the left; the same figures are in the table.")
  String chart_desc();

  @Message("By month · {scope}")
  String months_title(String scope);

  @Message("No step was decided in the last twelve months.")
  String months_none();

  @Message("Month")
  String col_month();

  @Message("Steps decided")
  String col_decided();

  @Message("On time")
  String col_on_time();

  @Message("Median days")
  String col_median();

  @Message("Days, 90th percentile")
  String col_p90();

  @Message("Requests for information per case")
  String col_requests();

  @Message("Days with the clock stopped")
  String col_stopped();

  @Message("Today, {day}")
  String now_title(String day);

  @Message("Steps open")
  String col_open();

  @Message("Of which overdue")
  String col_overdue();

  @Message("No step is open.")
  String now_none();

  @Message("The same figures as data:")
  String downloads();
}
