package be.permits.support.web;

/** One choice of a radio group, checkbox group or select, with its label in the page's language. */
public record Option(String value, String label) {}
