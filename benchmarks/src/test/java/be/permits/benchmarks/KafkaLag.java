package be.permits.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Records on the suite's topics that its consumer groups have yet to read, all groups together. */
final class KafkaLag {
  private KafkaLag() {}

  static long of(String bootstrap) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
      long lag = 0;
      for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(group.groupId())
                .partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin
            .listOffsets(latest)
            .all()
            .get(5, TimeUnit.SECONDS)
            .forEach((partition, info) -> ends.put(partition, info.offset()));
        for (Map.Entry<TopicPartition, OffsetAndMetadata> position : committed.entrySet()) {
          if (position.getValue() != null) {
            lag += Math.max(0, ends.get(position.getKey()) - position.getValue().offset());
          }
        }
      }
      return lag;
    } catch (Exception e) {
      // Not known now: counted as work left, so that nothing is called drained on a guess.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return 1;
    }
  }
}
