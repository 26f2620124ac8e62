package be.permits.review.web;

import be.permits.review.ledger.LedgerSearch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page of a ledger search as the console shows it: the entries, how many match, which of them
 * these are, and the links to the entries before and after, which keep the search and its order.
 *
 * @param query the search as asked, as query parameters (without the page)
 */
record AuditSearchView(
    List<AuditRow> entries,
    long total,
    boolean totalExact,
    long from,
    long to,
    String previous,
    String next) {

  static AuditSearchView of(
      LedgerSearch.Found found, List<AuditRow> rows, Map<String, String> query) {
    String search =
        "/audit?"
            + query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    List<Long> seqs = found.entries().stream().map(e -> e.seq()).toList();
    long from = seqs.isEmpty() ? 0 : found.before() + 1;
    return new AuditSearchView(
        rows,
        found.total(),
        found.totalExact(),
        from,
        found.before() + seqs.size(),
        found.hasBefore() && !seqs.isEmpty() ? search + "&before=" + seqs.get(0) : null,
        found.hasAfter() && !seqs.isEmpty()
            ? search + "&after=" + seqs.get(seqs.size() - 1)
            : null);
  }
}
