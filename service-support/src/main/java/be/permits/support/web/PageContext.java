package be.permits.support.web;

import be.permits.support.time.SuiteTime;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
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

  private Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  void set(String lang, String csrfToken, String path) {
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
