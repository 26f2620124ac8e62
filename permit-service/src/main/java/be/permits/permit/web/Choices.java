package be.permits.permit.web;

import be.permits.contracts.DataCategory;
import be.permits.permit.domain.ApplicationParts.ProjectKind;
import be.permits.permit.domain.Attachment;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.Option;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The options of the form's choices, labelled in the page's language. */
public final class Choices {
  private Choices() {}

  static CommonMessages vocabulary(String lang) {
    return MessageBundles.get(CommonMessages.class, Localized.Literal.of(lang));
  }

  /** Every ISO 3166 country, named in {@code lang} and sorted as that language sorts. */
  public static List<Option> countries(String lang) {
    Locale locale = Locale.forLanguageTag(lang);
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  public static List<Option> yesNo(String lang) {
    CommonMessages common = vocabulary(lang);
    return List.of(new Option("true", common.yes()), new Option("false", common.no()));
  }

  public static List<Option> projectKinds(String lang) {
    CommonMessages msg = vocabulary(lang);
    return Arrays.stream(ProjectKind.values())
        .map(k -> new Option(k.name(), msg.project_kind(k.name())))
        .toList();
  }

  public static List<Option> environmentalClasses(String lang) {
    CommonMessages msg = vocabulary(lang);
    return List.of(1, 2, 3).stream()
        .map(c -> new Option(String.valueOf(c), msg.environmental_class(c)))
        .toList();
  }

  public static List<Option> dataCategories(String lang) {
    CommonMessages msg = vocabulary(lang);
    return Arrays.stream(DataCategory.values())
        .map(c -> new Option(c.name(), msg.data_category(c.name())))
        .toList();
  }

  public static List<Option> documentKinds(String lang) {
    CommonMessages msg = vocabulary(lang);
    return Arrays.stream(Attachment.Kind.values())
        .map(k -> new Option(k.name(), msg.document_kind(k.name())))
        .toList();
  }

  /** How the applicant's dashboard can be sorted. */
  public static List<Option> applicationOrders(String lang) {
    PageMessages msg = MessageBundles.get(PageMessages.class, Localized.Literal.of(lang));
    return Arrays.stream(be.permits.permit.service.ApplicationQueries.Order.values())
        .map(o -> new Option(o.name(), msg.dashboard_sort(o.name())))
        .toList();
  }
}
