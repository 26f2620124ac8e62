package be.permits.permit.planted;

import be.permits.review.planted.Lent;

/** Planted violation: permit-service code that uses review-service code. */
public class Borrower {
  public Lent borrow() {
    return new Lent();
  }
}
