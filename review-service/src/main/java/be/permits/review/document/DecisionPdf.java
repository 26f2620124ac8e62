package be.permits.review.document;

import be.permits.support.web.CommonMessages;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Engine;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a decision's facts as a tagged PDF in the document's language: a Qute template ({@code
 * templates/document/decision.html}) laid out by openhtmltopdf with PDF/UA structure (tags,
 * language, title, reading order) and PDF/A-3a conformance, the fonts embedded. Nothing is drawn by
 * hand.
 */
@ApplicationScoped
public class DecisionPdf {
  private static final String FONTS = "/document/fonts/";

  @Inject Engine engine;

  @ConfigProperty(name = "documents.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** A value as the document shows it: the facts, with dates and numbers in its language. */
  public record Shown(
      DecisionFacts facts,
      String decidedOn,
      String floorAreaCurrent,
      String floorAreaRequested,
      String jobs,
      String investment,
      List<ShownRight> appealRights,
      List<ShownOpinion> opinions,
      List<ShownCondition> conditions,
      String authority,
      String appealAddress,
      String verifyAddress) {}

  public record ShownRight(String who, String until) {}

  /** A condition, and the agencies that asked for it by name, separated by commas. */
  public record ShownCondition(String text, String askedBy, List<String> reasons) {}

  public record ShownOpinion(DecisionFacts.Opinion opinion, String givenOn) {}

  /** The HTML that becomes the PDF, for tests and for a look in a browser. */
  public String html(DecisionFacts facts) {
    Locale locale = Locale.forLanguageTag(facts.language());
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(Currency.getInstance("EUR"));
    money.setMaximumFractionDigits(0);
    DecisionFacts.Project project = facts.project();
    CommonMessages words =
        MessageBundles.get(CommonMessages.class, Localized.Literal.of(facts.language()));
    Shown shown =
        new Shown(
            facts,
            format(dates, facts.decidedOn()),
            project == null ? null : numbers.format(project.currentFloorArea()),
            project == null ? null : numbers.format(project.requestedFloorArea()),
            project == null ? null : numbers.format(project.jobs()),
            project == null ? null : money.format(project.investmentEur()),
            facts.appealRights().stream()
                .map(r -> new ShownRight(r.who(), format(dates, r.until())))
                .toList(),
            facts.opinions().stream()
                .map(o -> new ShownOpinion(o, format(dates, o.givenOn())))
                .toList(),
            facts.conditions().stream()
                .map(
                    c ->
                        new ShownCondition(
                            c.text(),
                            c.askedBy().isEmpty()
                                ? null
                                : String.join(
                                    ", ", c.askedBy().stream().map(words::agency).toList()),
                            c.reasons()))
                .toList(),
            words.agency(facts.authority()),
            publicUrl + "/appeals/" + facts.reference(),
            publicUrl + "/decisions/verify");
    return engine
        .getTemplate("document/decision.html")
        .instance()
        .data("d", shown)
        .setLocale(locale)
        .render();
  }

  /** The decision as a PDF, not yet sealed. */
  public byte[] render(DecisionFacts facts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
      builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, null, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, null, true);
      builder.withHtmlContent(html(facts), publicUrl);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = DecisionPdf.class.getResourceAsStream(FONTS + name);
    if (in == null) {
      throw new IllegalStateException("Font " + name + " is missing from the build");
    }
    return in;
  }

  private static String format(DateTimeFormatter dates, LocalDate day) {
    return day == null ? null : dates.format(day);
  }
}
