package be.permits.support.clock;

/** A period's one extension: so many more days, counted as the period's own, and why. */
public record Extension(int days, String reason) {
  public Extension {
    if (days < 1 || days > 3650 || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An extension is 1 to 3,650 days, with a reason");
    }
  }
}
