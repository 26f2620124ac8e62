package be.permits.permit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Hands out references PA-<year>-<6 digits>, counting from 1 each year without gaps. */
@ApplicationScoped
public class ReferenceNumbers {
  @Inject EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public String next(int year) {
    Number value =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO reference_counter (year, last_value) VALUES (:year, 1)"
                        + " ON CONFLICT (year) DO UPDATE"
                        + " SET last_value = reference_counter.last_value + 1"
                        + " RETURNING last_value")
                .setParameter("year", year)
                .getSingleResult();
    if (value.intValue() > 999_999) {
      throw new IllegalStateException("More than 999999 applications in " + year);
    }
    return String.format("PA-%04d-%06d", year, value.intValue());
  }
}
