package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.review.service.AgencyFigures;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures page as its template needs it: the months of the chosen agency (or of all), the steps
 * open today, and a bar chart of the on-time share, oldest month on the left.
 */
public record FigurePage(
    AgencyFigures.Figures figures,
    Agency agency,
    List<AgencyFigures.MonthView> months,
    List<Bar> bars,
    List<Option> agencies,
    String scope,
    PageContext page) {

  static final int CHART_HEIGHT = 200;
  static final int BAR_WIDTH = 40;
  static final int BAR_GAP = 20;
  static final int LEFT = 50;
  static final int TOP = 30;

  /** One month's bar: where it stands, and what it says. */
  public record Bar(int x, int y, int height, int labelX, String month, String share) {}

  static FigurePage of(AgencyFigures.Figures figures, Agency agency, PageContext page) {
    List<AgencyFigures.MonthView> months =
        figures.months().stream().filter(m -> Objects.equals(m.agency(), agency)).toList();
    DateTimeFormatter name =
        DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag(page.lang()));
    List<Bar> bars = new ArrayList<>();
    List<AgencyFigures.MonthView> oldestFirst = new ArrayList<>(months);
    java.util.Collections.reverse(oldestFirst);
    for (int i = 0; i < oldestFirst.size(); i++) {
      AgencyFigures.MonthView m = oldestFirst.get(i);
      int height = m.onTimeShare().multiply(java.math.BigDecimal.valueOf(CHART_HEIGHT)).intValue();
      int x = LEFT + i * (BAR_WIDTH + BAR_GAP);
      bars.add(
          new Bar(
              x,
              TOP + CHART_HEIGHT - height,
              height,
              x + BAR_WIDTH / 2,
              YearMonth.parse(m.month()).format(name),
              page.percent(m.onTimeShare().movePointRight(2))));
    }
    CommonMessages words =
        MessageBundles.get(CommonMessages.class, Localized.Literal.of(page.lang()));
    List<Option> agencies = new ArrayList<>();
    for (Agency a : Agency.values()) {
      agencies.add(new Option(a.name(), words.agency(a.name())));
    }
    String scope =
        agency == null
            ? MessageBundles.get(FigureMessages.class, Localized.Literal.of(page.lang())).all()
            : words.agency(agency.name());
    return new FigurePage(figures, agency, months, bars, agencies, scope, page);
  }

  /** The chart's width: room for every month, at least for one. */
  public int chartWidth() {
    return LEFT + Math.max(1, bars.size()) * (BAR_WIDTH + BAR_GAP) + BAR_GAP;
  }

  public int chartHeight() {
    return TOP + CHART_HEIGHT + 40;
  }

  /** The baseline of the bars. */
  public int baseline() {
    return TOP + CHART_HEIGHT;
  }

  /** The month's name in the reader's language. */
  public String monthName(String month) {
    return YearMonth.parse(month)
        .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(page.lang())));
  }

  /** A share of 0 to 1 as a percentage in the reader's language. */
  public String share(java.math.BigDecimal share) {
    return page.percent(share.movePointRight(2));
  }

  /** The agency chosen, for the filter's form. */
  public String chosen() {
    return agency == null ? "" : agency.name();
  }
}
