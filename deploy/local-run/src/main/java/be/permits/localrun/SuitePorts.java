package be.permits.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    int notificationService) {

  /** The ports the README documents. */
  public static SuitePorts defaults(int entry) {
    return new SuitePorts(entry, 15432, 19092, 18080, 19000, 2525, 8081, 8082, 8083);
  }

  /** Ports no other process holds right now. */
  public static SuitePorts free() {
    return new SuitePorts(
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort());
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
