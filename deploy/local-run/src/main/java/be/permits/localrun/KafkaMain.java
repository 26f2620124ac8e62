package be.permits.localrun;

import be.permits.testsupport.EmbeddedKafkaBroker;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * Kafka as a process of its own (KRaft, one node), so that it can crash alone: {@code KafkaMain
 * <log dir> <port>}. It keeps its log between starts and stops cleanly on SIGTERM.
 */
public final class KafkaMain {
  private KafkaMain() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.start(new File(args[0]), Integer.parseInt(args[1]), true);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                }));
    // Not a log line: the readiness signal of this child process. The supervisor reads the
    // process's output for exactly this line (KafkaProcess.readyAfter), whatever logging is set up.
    System.out.println(KafkaProcess.READY);
    stopped.await();
  }
}
