package be.permits.contracts;

/**
 * A person events name as recipient: the token subject, display name, email and preferred locale
 * (fr, nl, de or en).
 */
public record Contact(String subject, String name, String email, String locale) {}
