package be.permits.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person reads on a page must be words: no subject or record id (a UUID), no enum constant
 * (SCREAMING_CASE), no JSON, no {@code null}, and on a French, Dutch or German page no English
 * sentence. Reads the visible text (and the text of the title, labels and alternatives), not the
 * markup, so that ids in links and field values in forms are allowed.
 */
public final class ReadablePage {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern SCREAMING = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");
  private static final Pattern JSON = Pattern.compile("[\\[{]\\s*\"|\"\\s*:\\s*[\"\\[{0-9tfn]");
  private static final Pattern NULL = Pattern.compile("\\bnull\\b");

  /**
   * Words that English sentences are made of and that French, Dutch and German do not use as words
   * of their own (so not "is", "of" or "was", which Dutch and German have too); two of them in one
   * sentence make it English.
   */
  private static final List<String> ENGLISH =
      List.of(
          "the", "your", "this", "with", "which", "needs", "must", "has", "have", "been", "are",
          "to", "for", "and", "not", "yet");

  private ReadablePage() {}

  /** The problems a reader would see on {@code html}; empty when the page speaks in words. */
  public static List<String> problems(String html) {
    Document page = Jsoup.parse(html);
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    List<String> problems = new ArrayList<>();
    String text = visibleText(page);
    find(UUID, text, "an id", problems);
    find(SCREAMING, text, "an enum constant", problems);
    find(JSON, text, "JSON", problems);
    find(NULL, text, "null", problems);
    if (!lang.isEmpty() && !lang.startsWith("en")) {
      for (String sentence : sentencesOutsideEnglishMarkup(page)) {
        long english =
            List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
                .filter(ENGLISH::contains)
                .count();
        if (english >= 2) {
          problems.add("English on a '" + lang + "' page: " + sentence);
        }
      }
    }
    return problems;
  }

  private static String visibleText(Document page) {
    StringBuilder text = new StringBuilder(page.title()).append('\n');
    text.append(page.body() == null ? "" : page.body().text()).append('\n');
    for (Element labelled : page.select("[aria-label], [alt], [title], [placeholder]")) {
      text.append(labelled.attr("aria-label"))
          .append(' ')
          .append(labelled.attr("alt"))
          .append(' ')
          .append(labelled.attr("title"))
          .append(' ')
          .append(labelled.attr("placeholder"))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The page's sentences, leaving out what is marked as another language ({@code lang} on an
   * element, as the language switch and quoted text in English are).
   */
  private static List<String> sentencesOutsideEnglishMarkup(Document page) {
    Document copy = page.clone();
    copy.select("[lang]:not(html)").remove();
    String text = copy.title() + ". " + (copy.body() == null ? "" : copy.body().text());
    return List.of(text.split("(?<=[.!?:;])\\s+|\\n"));
  }

  private static void find(Pattern pattern, String text, String what, List<String> problems) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      int to = Math.min(text.length(), m.end() + 40);
      problems.add(what + ": …" + text.substring(from, to).replace('\n', ' ') + "…");
    }
  }
}
