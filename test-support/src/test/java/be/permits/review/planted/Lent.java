package be.permits.review.planted;

/** What the planted borrower takes from another service. */
public class Lent {}
