package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.review.domain.ReviewNote;
import be.permits.review.service.StepCommands;
import be.permits.support.web.Option;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Arrays;
import java.util.List;

/** The desk's choices, labelled in the page's language. */
public record Choices(List<Option> outcomes, List<Option> visibilities, List<Option> declarations) {
  /** The choices of a reviewer of {@code agency}: the outcomes of its steps. */
  static Choices in(String lang, Agency agency) {
    DeskMessages msg = MessageBundles.get(DeskMessages.class, Localized.Literal.of(lang));
    return new Choices(
        StepCommands.Outcome.on(agency).stream()
            .map(
                o ->
                    new Option(
                        o.name(),
                        agency == Agency.COORDINATION
                            ? msg.completeness_outcome(o.name())
                            : msg.outcome(o.name())))
            .toList(),
        Arrays.stream(ReviewNote.Visibility.values())
            .map(v -> new Option(v.name(), msg.visibility(v.name())))
            .toList(),
        List.of(
            new Option("false", msg.interest_none()), new Option("true", msg.interest_conflict())));
  }
}
