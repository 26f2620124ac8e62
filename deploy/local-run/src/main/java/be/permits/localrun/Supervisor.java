package be.permits.localrun;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Restarts a part of the suite that died, as Kubernetes restarts a crashed container: it looks
 * every half second, and starts the part again with its data. The fault test kills parts on purpose
 * and counts on this.
 */
final class Supervisor implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Supervisor.class);

  private final List<Supervised> parts = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
  private final Thread watcher = new Thread(this::watch, "supervisor");
  private volatile boolean running = true;

  Supervisor() {
    watcher.setDaemon(true);
    watcher.start();
  }

  void watch(Supervised part) {
    parts.add(part);
  }

  Supervised part(String name) {
    return parts.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No part named " + name));
  }

  int restarts(String name) {
    return restarts.getOrDefault(name, 0);
  }

  private void watch() {
    while (running) {
      for (Supervised part : parts) {
        if (running && !part.isAlive()) {
          LOG.warnf("%s stopped; starting it again", part.name());
          try {
            part.restart();
            restarts.merge(part.name(), 1, Integer::sum);
            LOG.infof("%s is back", part.name());
          } catch (RuntimeException e) {
            LOG.errorf("%s did not start again: %s", part.name(), e.getMessage());
          }
        }
      }
      try {
        // The parts are of different kinds (child processes, and a postmaster that a library
        // started): asking each whether it lives is the one check they all answer, as a kubelet's
        // liveness probe asks a container.
        TimeUnit.MILLISECONDS.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    watcher.interrupt();
  }
}
