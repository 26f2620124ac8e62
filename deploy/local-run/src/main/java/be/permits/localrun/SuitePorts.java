package be.permits.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The loopback ports of one run: fixed for the local run, free ones for the system tests. */
public record SuitePorts(
    int entry,
    int postgres,
    int kafka,
    int keycloak,
    int keycloakManagement,
    int smtp,
    int permitService,
    int reviewService,
    int notificationService,
    int witnessService) {

  /** The ports the README documents. */
  public static SuitePorts defaults(int entry) {
    return new SuitePorts(entry, 15432, 19092, 18080, 19000, 2525, 8081, 8082, 8083, 8084);
  }

  /**
   * Ports no other process holds right now, below Linux's ephemeral range (32768 and up): a port
   * the kernel handed out for the probe could be handed again to an outgoing connection (to Kafka,
   * PostgreSQL, Keycloak) before the part that should listen on it has started.
   */
  public static SuitePorts free() {
    int[] ports = new int[10];
    int candidate = FIRST + RANDOM.nextInt(LAST - FIRST - 1000);
    // Every other port, so that the one after Kafka's stays out of the others' way.
    for (int i = 0; i < ports.length; candidate += 2) {
      if (candidate >= LAST) {
        candidate = FIRST;
      }
      // The third port is Kafka's, whose controller takes the next one as well.
      if (isFree(candidate) && (i != 2 || isFree(candidate + 1))) {
        ports[i++] = candidate;
      }
    }
    return new SuitePorts(
        ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7], ports[8],
        ports[9]);
  }

  private static final int FIRST = 20_000;
  private static final int LAST = 32_000;
  private static final java.util.Random RANDOM = new java.security.SecureRandom();

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
