package be.permits.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the suite has yet to do with work it acknowledged: events waiting in the three outboxes,
 * records the consumer groups have yet to read, notifications still pending. Read straight from
 * PostgreSQL and Kafka, as an operator's dashboard would.
 */
final class SuiteBacklog {
  static final List<String> DATABASES = List.of("permit", "review", "notification");

  private SuiteBacklog() {}

  /** Unrelayed events plus consumer lag; {@link Long#MAX_VALUE} while either cannot be read. */
  static long size() {
    long size = sizeOrMinusOne();
    return size < 0 ? Long.MAX_VALUE : size;
  }

  /** Unrelayed events plus consumer lag; -1 while PostgreSQL or Kafka does not answer. */
  static long sizeOrMinusOne() {
    try {
      long pending = 0;
      for (String database : DATABASES) {
        pending += count(database, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
      }
      return pending + consumerLag();
    } catch (Exception e) {
      return -1;
    }
  }

  static long pendingNotifications() throws SQLException {
    return count("notification", "SELECT count(*) FROM notification WHERE status = 'PENDING'");
  }

  static long count(String database, String query) throws SQLException {
    try (Connection c = database(database);
        ResultSet rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A connection to one service's database, as the local run's superuser. */
  static Connection database(String name) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + RunningSuite.ports().postgres() + "/" + name,
        "postgres",
        "local-only");
  }

  /** What was waiting at one instant: the consumer groups' positions to reach, and the time. */
  record Mark(Instant at, Map<String, Map<TopicPartition, Long>> endsByGroup) {}

  /**
   * The backlog as it stands now. Under a steady load the backlog is never empty for long (events
   * are always in flight), so recovery is measured as "what was waiting at this mark is done".
   */
  static Mark mark() throws Exception {
    Instant at = Instant.now();
    try (Admin admin = admin()) {
      Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
      for (String group : groups(admin)) {
        Map<TopicPartition, Long> groupEnds = new HashMap<>();
        ends(admin, committed(admin, group).keySet()).forEach(groupEnds::put);
        ends.put(group, groupEnds);
      }
      return new Mark(at, ends);
    }
  }

  /**
   * Whether everything that waited at {@code mark} is done: every event written before it relayed,
   * and every consumer group past the records that were on its partitions then.
   */
  static boolean cleared(Mark mark) {
    try {
      for (String database : DATABASES) {
        try (Connection c = database(database);
            PreparedStatement q =
                c.prepareStatement(
                    "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND created_at <= ?")) {
          q.setTimestamp(1, Timestamp.from(mark.at()));
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              return false;
            }
          }
        }
      }
      try (Admin admin = admin()) {
        for (Map.Entry<String, Map<TopicPartition, Long>> group : mark.endsByGroup().entrySet()) {
          Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group.getKey());
          for (Map.Entry<TopicPartition, Long> end : group.getValue().entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            if (position == null || position.offset() < end.getValue()) {
              return false;
            }
          }
        }
      }
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static long consumerLag() throws Exception {
    try (Admin admin = admin()) {
      long lag = 0;
      for (String group : groups(admin)) {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
        Map<TopicPartition, Long> ends = ends(admin, committed.keySet());
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
          if (entry.getValue() != null) {
            lag += Math.max(0, ends.get(entry.getKey()) - entry.getValue().offset());
          }
        }
      }
      return lag;
    }
  }

  private static Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            "127.0.0.1:" + RunningSuite.ports().kafka(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            5000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            5000));
  }

  private static List<String> groups(Admin admin) throws Exception {
    return admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS).stream()
        .map(ConsumerGroupListing::groupId)
        .toList();
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group)
      throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    admin
        .listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata()
        .get(5, TimeUnit.SECONDS)
        .forEach(
            (partition, offset) -> {
              if (offset != null) {
                committed.put(partition, offset);
              }
            });
    return committed;
  }

  private static Map<TopicPartition, Long> ends(Admin admin, Set<TopicPartition> partitions)
      throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(latest)
        .all()
        .get(5, TimeUnit.SECONDS)
        .forEach((partition, info) -> ends.put(partition, info.offset()));
    return ends;
  }
}
