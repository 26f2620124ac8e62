package be.permits.review.web;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.review.ledger.LedgerSearch;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.Option;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The auditor console's lists, labelled in the reader's language: the agencies, the actions the
 * ledger records (every event type, and the auditors' own reads) and the orders of a search.
 */
record AuditChoices(List<Option> agencies, List<Option> actions, List<Option> orders) {
  /** Every action the ledger records. */
  static final List<String> ACTIONS =
      Stream.concat(
              Arrays.stream(EventType.values())
                  .filter(EventType::aboutAnApplication)
                  .map(EventType::type),
              Stream.of("audit.search", "audit.timeline", "audit.export", "audit.verify"))
          .toList();

  static AuditChoices in(String lang) {
    CommonMessages common = MessageBundles.get(CommonMessages.class, Localized.Literal.of(lang));
    AuditMessages msg = MessageBundles.get(AuditMessages.class, Localized.Literal.of(lang));
    List<Option> agencies = new ArrayList<>();
    for (Agency agency : Agency.values()) {
      agencies.add(new Option(agency.name(), common.agency(agency.name())));
    }
    return new AuditChoices(
        agencies,
        ACTIONS.stream().map(a -> new Option(a, msg.audit_action(a))).toList(),
        Arrays.stream(LedgerSearch.Order.values())
            .map(o -> new Option(o.name(), msg.audit_order(o.name())))
            .toList());
  }
}
