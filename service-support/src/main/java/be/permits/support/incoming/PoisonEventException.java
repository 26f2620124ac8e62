package be.permits.support.incoming;

/** A record that no retry can process: not a CloudEvent of this suite, or data off its schema. */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String message) {
    super(message);
  }

  public PoisonEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
