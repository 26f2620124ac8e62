package be.permits.support.security;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.util.Set;

/**
 * The authenticated person behind a request, as the token describes them.
 *
 * @param subject the token's {@code sub}: stable, and what ownership and audit records hold
 * @param organisation the applicant organisation the person acts for (claim {@code organisation}),
 *     or {@code null}
 * @param agency the reviewing agency the person belongs to (claim {@code agency}), or {@code null}
 */
public record Caller(
    String subject,
    String name,
    String email,
    String locale,
    Set<String> roles,
    String organisation,
    Agency agency) {

  /**
   * The key that owns an applicant's applications: the organisation when the token names one, so
   * that colleagues share their files, otherwise the person alone.
   */
  public String ownerKey() {
    return organisation != null ? "org:" + organisation : "user:" + subject;
  }

  public Contact contact() {
    return new Contact(subject, name, email, locale);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
