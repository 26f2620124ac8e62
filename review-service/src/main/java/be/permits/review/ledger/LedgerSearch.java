package be.permits.review.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches of the ledger, one page at a time. Pages are keyset pages (beyond the last entry shown,
 * or before the first), not offsets: the ledger grows while an auditor reads it, and a page of
 * newest entries must not repeat entries when new ones arrive. How many entries match is counted up
 * to {@link #COUNT_LIMIT}, which keeps the count cheap on a ledger of millions.
 */
@ApplicationScoped
public class LedgerSearch {
  /** Counts stop here: beyond it the page says that more match. */
  public static final int COUNT_LIMIT = 10_000;

  /** How far the clocks of two instances of the service may disagree. */
  private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

  @Inject EntityManager em;

  /** Which entries come first. */
  public enum Order {
    OLDEST,
    NEWEST
  }

  /**
   * What auditors search for; every part is optional.
   *
   * @param actors the subjects of the people searched for (any of them); empty: anyone
   * @param applicationId the application the entries are about; null: any or none
   */
  public record Criteria(
      List<String> actors,
      UUID applicationId,
      String agency,
      String action,
      Instant from,
      Instant to) {
    public Criteria {
      actors = List.copyOf(actors);
    }

    /** The longest actor (a token subject) and action (an event type) a search names. */
    public static final int MAX_ACTOR = 255;

    public static final int MAX_ACTION = 80;
  }

  /**
   * One page: {@code limit} entries in {@code order} that come after the entry numbered {@code
   * cursor} (0: from the start), or, {@code backwards}, the {@code limit} that come just before it.
   */
  public record Window(Order order, long cursor, boolean backwards, int limit) {
    public static Window first(Order order, int limit) {
      return new Window(order, 0, false, limit);
    }
  }

  /**
   * A page of entries, how many match in all ({@code totalExact} false: more than that), how many
   * matching entries come before the first shown (exact when the total is), and whether any come
   * after the last.
   */
  public record Found(
      List<EntryView> entries, long total, boolean totalExact, long before, boolean hasAfter) {
    public boolean hasBefore() {
      return before > 0;
    }
  }

  /** Must run in a transaction (the caller's, which also records the search). */
  public Found find(Criteria criteria, Window window) {
    Filter filter = filter(criteria);
    boolean newest = window.order() == Order.NEWEST;
    // Reading backwards means reading the other way from the cursor, then turning the page round.
    boolean descending = newest != window.backwards();
    StringBuilder sql = new StringBuilder(filter.where);
    Map<String, Object> parameters = new HashMap<>(filter.parameters);
    if (window.cursor() > 0) {
      sql.append(descending ? " AND seq < :cursor" : " AND seq > :cursor");
      parameters.put("cursor", window.cursor());
    }
    Query page =
        em.createNativeQuery(
                "SELECT * FROM ledger_entry WHERE "
                    + sql
                    + " ORDER BY seq"
                    + (descending ? " DESC" : ""),
                LedgerEntry.class)
            .setMaxResults(window.limit() + 1);
    parameters.forEach(page::setParameter);
    @SuppressWarnings("unchecked")
    List<LedgerEntry> rows = new ArrayList<>(page.getResultList());
    boolean beyond = rows.size() > window.limit();
    if (beyond) {
      rows.remove(rows.size() - 1);
    }
    if (window.backwards()) {
      Collections.reverse(rows);
    }
    // Reading backwards starts from an entry of the page after, so something follows.
    boolean hasAfter = window.backwards() ? window.cursor() > 0 : beyond;
    long total = count(filter.where, filter.parameters);
    boolean exact = total <= COUNT_LIMIT;
    long before = 0;
    if (!rows.isEmpty()) {
      Map<String, Object> earlier = new HashMap<>(filter.parameters);
      earlier.put("first", rows.get(0).seq);
      before = count(filter.where + (newest ? " AND seq > :first" : " AND seq < :first"), earlier);
    }
    return new Found(
        rows.stream().map(EntryView::of).toList(),
        Math.min(total, COUNT_LIMIT),
        exact,
        before,
        hasAfter);
  }

  /** How many entries match, up to one more than {@link #COUNT_LIMIT}. */
  private long count(String where, Map<String, Object> parameters) {
    Query q =
        em.createNativeQuery(
            "SELECT count(*) FROM (SELECT 1 FROM ledger_entry WHERE "
                + where
                + " LIMIT "
                + (COUNT_LIMIT + 1)
                + ") matching");
    parameters.forEach(q::setParameter);
    return ((Number) q.getSingleResult()).longValue();
  }

  private record Filter(String where, Map<String, Object> parameters) {}

  private Filter filter(Criteria s) {
    StringBuilder where = new StringBuilder("TRUE");
    Map<String, Object> parameters = new HashMap<>();
    if (!s.actors().isEmpty()) {
      where.append(" AND actor IN (:actors)");
      parameters.put("actors", s.actors());
    }
    if (s.applicationId() != null) {
      where.append(" AND application_id = :application");
      parameters.put("application", s.applicationId());
    }
    if (s.agency() != null) {
      where.append(" AND actor_agency = :agency");
      parameters.put("agency", s.agency());
    }
    if (s.action() != null) {
      where.append(" AND action = :action");
      parameters.put("action", s.action());
    }
    // Entries are numbered in the order they are written, so a time window is also a range of
    // numbers, which the (agency|actor|action, seq) indexes serve; the times still decide.
    if (s.from() != null) {
      where.append(" AND recorded_at >= :from AND seq >= :lowSeq");
      parameters.put("from", s.from());
      parameters.put("lowSeq", boundary(s.from().minus(CLOCK_MARGIN), true));
    }
    if (s.to() != null) {
      where.append(" AND recorded_at < :to AND seq <= :highSeq");
      parameters.put("to", s.to());
      parameters.put("highSeq", boundary(s.to().plus(CLOCK_MARGIN), false));
    }
    return new Filter(where.toString(), parameters);
  }

  /**
   * The first entry written at or after {@code at} ({@code after}), or the last written before it;
   * beyond either end of the ledger, a number that excludes or includes everything.
   */
  private long boundary(Instant at, boolean after) {
    List<Long> seq =
        em.createQuery(
                after
                    ? "SELECT seq FROM LedgerEntry WHERE recordedAt >= :at ORDER BY recordedAt, seq"
                    : "SELECT seq FROM LedgerEntry WHERE recordedAt < :at"
                        + " ORDER BY recordedAt DESC, seq DESC",
                Long.class)
            .setParameter("at", at)
            .setMaxResults(1)
            .getResultList();
    if (seq.isEmpty()) {
      return after ? Long.MAX_VALUE : 0;
    }
    return seq.get(0);
  }
}
