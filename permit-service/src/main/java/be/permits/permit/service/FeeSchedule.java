package be.permits.permit.service;

import java.util.List;
import java.util.Map;

/**
 * One version of the fees asked with an application ({@code fees/schedule.json}), by the
 * establishment's environmental class ({@code "1"}, {@code "2"}, {@code "3"}, or {@code "none"}),
 * and the appeal fee. Amounts in cents of {@code currency}.
 */
public record FeeSchedule(
    String version,
    String note,
    String currency,
    Beneficiary beneficiary,
    Map<String, List<Fee>> byEnvironmentalClass,
    long appealFeeCents) {

  /** Where fees are paid to. */
  public record Beneficiary(String name, String iban, String bic) {}

  /** One fee: what it is for, how much, and whether an early withdrawal cancels it. */
  public record Fee(String kind, long amountCents, boolean refundedOnEarlyWithdrawal) {}

  /** The fees for an establishment of {@code environmentalClass} (none when null). */
  public List<Fee> forClass(Integer environmentalClass) {
    return byEnvironmentalClass.getOrDefault(
        environmentalClass == null ? "none" : environmentalClass.toString(), List.of());
  }

  /**
   * Checks what the JSON cannot.
   *
   * @throws IllegalStateException naming what is wrong, so that a bad file stops the start
   */
  public FeeSchedule validated() {
    if (version == null || version.isBlank() || version.length() > 40) {
      throw new IllegalStateException("The fee schedule needs a version of at most 40 characters");
    }
    if (!"EUR".equals(currency)) {
      throw new IllegalStateException("Fees are in euro");
    }
    // The appellant's payment email names all three: a schedule without one would stop it.
    if (beneficiary == null
        || beneficiary.iban() == null
        || beneficiary.name() == null
        || beneficiary.bic() == null) {
      throw new IllegalStateException(
          "The fee schedule names no account to pay to (name, IBAN and BIC)");
    }
    for (String key : List.of("1", "2", "3", "none")) {
      if (!byEnvironmentalClass.containsKey(key)) {
        throw new IllegalStateException("No fees for environmental class " + key);
      }
    }
    byEnvironmentalClass.forEach(
        (key, fees) ->
            fees.forEach(
                fee -> {
                  if (fee.amountCents() <= 0 || fee.kind() == null || fee.kind().isBlank()) {
                    throw new IllegalStateException("A fee of class " + key + " is not valid");
                  }
                }));
    if (appealFeeCents <= 0) {
      throw new IllegalStateException("The appeal fee must be positive");
    }
    return this;
  }
}
