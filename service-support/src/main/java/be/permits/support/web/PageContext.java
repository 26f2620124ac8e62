package be.permits.support.web;

import be.permits.support.time.SuiteTime;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every page needs besides its own data: the language it speaks, the CSRF token its forms
 * carry, and its own path for the language switch. {@link PageFilters} fills it in; templates read
 * it as {@code inject:page}.
 */
@RequestScoped
@Named("page")
public class PageContext {
  /** The languages of the suite, in the order the language switch shows them. */
  public static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

  @ConfigProperty(name = "pages.logout-path", defaultValue = "/logout")
  String logoutPath;

  /**
   * An entry of the suite's main menu, the same on every service's pages.
   *
   * @param current {@code page} on the entry's own page, {@code true} on the pages below it, else
   *     {@code null} (the value of {@code aria-current})
   */
  public record MenuItem(String href, String key, String current) {}

  private boolean prepared;
  private Set<String> roles = Set.of();
  private String lang = "en";
  private String csrfToken = "";
  private String path = "/";

  public String lang() {
    return lang;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public String path() {
    return path;
  }

  /** Whether someone is signed in: a page without login shows no sign-out. */
  public boolean signedIn() {
    return !roles.isEmpty();
  }

  /** Whether the signed-in person has the realm role: what a page offers depends on it. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Where this service ends the browser session (each service keeps its own). */
  public String logoutPath() {
    return logoutPath;
  }

  public List<String> languages() {
    return LANGUAGES;
  }

  /** The template instance, set to speak this page's language. */
  public TemplateInstance render(TemplateInstance template) {
    return template.setLocale(locale());
  }

  /** A moment as people of this page's language write it, in Belgian time. */
  public String dateTime(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(SuiteTime.ZONE)
            .format(at);
  }

  /** The day of {@code at} in Belgium, as {@link #date} writes it. */
  public String dayOf(Instant at) {
    return date(at.atZone(be.permits.support.time.SuiteTime.ZONE).toLocalDate());
  }

  public String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  /** A size in bytes, in kB or MB as this page's language writes numbers. */
  public String fileSize(long bytes) {
    NumberFormat number = NumberFormat.getNumberInstance(locale());
    number.setMaximumFractionDigits(1);
    if (bytes < 1000 * 1000) {
      return number.format(Math.max(bytes, 1) / 1000.0) + " kB";
    }
    return number.format(bytes / 1_000_000.0) + " MB";
  }

  /** A whole number with this language's grouping: 45 000, 45.000 or 45,000. */
  public String number(Number value) {
    return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
  }

  /** An amount in euro cents as this language writes money: 500,00 €, € 500,00 or €500.00. */
  public String money(long cents) {
    NumberFormat money = NumberFormat.getCurrencyInstance(locale());
    money.setCurrency(java.util.Currency.getInstance("EUR"));
    return money.format(java.math.BigDecimal.valueOf(cents, 2));
  }

  /** A decimal number such as a height in metres: 12,5 or 12.5. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat number = NumberFormat.getNumberInstance(locale());
    number.setMaximumFractionDigits(2);
    return number.format(value);
  }

  /** A share given from 0 to 100, as this language writes percentages: 100 %, 100%, 12,5 %. */
  public String percent(BigDecimal share) {
    if (share == null) {
      return "";
    }
    NumberFormat percent = NumberFormat.getPercentInstance(locale());
    percent.setMaximumFractionDigits(2);
    return percent.format(share.movePointLeft(2));
  }

  /** A country by its name in this page's language; an unknown code stays as it is. */
  public String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(locale());
    return name.isBlank() ? code : name;
  }

  /** Countries by name, in the order given. */
  public List<String> countries(List<String> codes) {
    return codes == null ? List.of() : codes.stream().map(this::country).toList();
  }

  /** A Belgian enterprise number as the Crossroads Bank for Enterprises writes it: 0403.170.701. */
  public String enterpriseNumber(String digits) {
    if (digits == null || !digits.matches("[0-9]{10}")) {
      return digits == null ? "" : digits;
    }
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  private Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  /**
   * The main menu for the person's roles: their applications, the agency desk, the audit ledger,
   * and messages for anyone signed in; the entry that holds this page is marked current.
   */
  public List<MenuItem> menu() {
    List<MenuItem> menu = new ArrayList<>();
    if (roles.contains("applicant")) {
      menu.add(item("/applications", "applications"));
    }
    if (roles.contains("reviewer")) {
      menu.add(item("/desk", "desk"));
    }
    if (roles.contains("auditor")) {
      menu.add(item("/audit", "audit"));
    }
    if (!roles.isEmpty()) {
      menu.add(item("/inbox", "inbox"));
    }
    return menu;
  }

  private MenuItem item(String href, String key) {
    String current = path.equals(href) ? "page" : path.startsWith(href + "/") ? "true" : null;
    return new MenuItem(href, key, current);
  }

  /** Whether the page filter (or an error page) has set this page's language yet. */
  boolean isPrepared() {
    return prepared;
  }

  void set(String lang, String csrfToken, String path, Set<String> roles) {
    this.roles = Set.copyOf(roles);
    this.prepared = true;
    this.lang = lang;
    this.csrfToken = csrfToken;
    this.path = path;
  }

  /**
   * True for the paths that serve pages to browsers, false for the API and the management paths.
   */
  public static boolean isPage(String path) {
    return !path.startsWith("/api/") && !path.startsWith("/q/");
  }
}
