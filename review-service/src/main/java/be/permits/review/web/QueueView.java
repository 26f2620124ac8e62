package be.permits.review.web;

import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseQueue;
import be.permits.review.service.CaseViews.CaseSummary;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queue as the desk shows it: the search and filters as asked, one page of cases, how many
 * match in all, and the links to the pages before and after, which keep the search.
 */
public record QueueView(
    List<CaseSummary> cases,
    FormState filter,
    String agency,
    List<Option> statuses,
    List<Option> sorts,
    long total,
    long from,
    long to,
    String previous,
    String next) {
  static final int PAGE_SIZE = 50;
  private static final int LAST_PAGE = 2000;

  /** The queue's parameters as asked, each checked: anything unknown is left out. */
  record Asked(
      String text, ReviewStep.Status status, boolean overdue, boolean mine, String sort, int page) {

    static Asked of(
        String text, String status, boolean overdue, boolean mine, String sort, int page) {
      String words = text == null || text.isBlank() ? null : text.strip();
      if (words != null && words.length() > 100) {
        words = words.substring(0, 100);
      }
      ReviewStep.Status chosen =
          Arrays.stream(ReviewStep.Status.values())
              .filter(s -> s.name().equals(status))
              .findFirst()
              .orElse(null);
      String order =
          Arrays.stream(CaseQueue.Sort.values())
              .map(Enum::name)
              .filter(s -> s.equals(sort))
              .findFirst()
              .orElse(CaseQueue.Sort.DUE.name());
      return new Asked(words, chosen, overdue, mine, order, Math.min(Math.max(page, 1), LAST_PAGE));
    }

    CaseQueue.QueueFilter filter(String me) {
      return new CaseQueue.QueueFilter(
          null, text, status, null, overdue, mine ? me : null, CaseQueue.Sort.valueOf(sort));
    }

    /** The query of this search at {@code page}. */
    String link(int page) {
      Map<String, String> query = new LinkedHashMap<>();
      if (text != null) {
        query.put("q", text);
      }
      if (status != null) {
        query.put("status", status.name());
      }
      if (overdue) {
        query.put("overdue", "true");
      }
      if (mine) {
        query.put("mine", "true");
      }
      query.put("sort", sort);
      query.put("page", String.valueOf(page));
      return "/desk?"
          + query.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
    }
  }

  static QueueView of(Asked asked, CaseQueue.QueuePage found, String agency, String lang) {
    DeskMessages msg = MessageBundles.get(DeskMessages.class, Localized.Literal.of(lang));
    FormState filter =
        FormState.posted(
            Map.of(
                "q", asked.text() == null ? List.of() : List.of(asked.text()),
                "status", asked.status() == null ? List.of() : List.of(asked.status().name()),
                "overdue", asked.overdue() ? List.of("true") : List.of(),
                "mine", asked.mine() ? List.of("true") : List.of(),
                "sort", List.of(asked.sort())));
    long from = found.cases().isEmpty() ? 0 : found.offset() + 1L;
    long to = found.offset() + (long) found.cases().size();
    return new QueueView(
        found.cases(),
        filter,
        agency,
        Arrays.stream(ReviewStep.Status.values())
            .map(s -> new Option(s.name(), msg.step_status(s.name())))
            .toList(),
        Arrays.stream(CaseQueue.Sort.values())
            .map(s -> new Option(s.name(), msg.sort(s.name())))
            .toList(),
        found.total(),
        from,
        to,
        asked.page() > 1 ? asked.link(asked.page() - 1) : null,
        to < found.total() && asked.page() < LAST_PAGE ? asked.link(asked.page() + 1) : null);
  }
}
